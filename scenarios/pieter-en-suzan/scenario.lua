-- Pieter en Suzan: the first case of meldsim (secondary school, partner violence witnessed by a child).
-- Built on the story in the 2015 Utrecht article (seed 000), played by the current (2019) rules:
-- a child who keeps witnessing violence between her parents lives in structural unsafety, so the
-- school reports to Veilig Thuis AND organises help through the buurtteam. Each ending's `history`
-- says where the 2015 story differs. The learner plays the mentor, Eva Bakker, in the second person.

return {
  format = 1,
  id = "pieter-en-suzan",
  title = { nl = "Pieter en Suzan", en = "Pieter and Suzan" },
  language = "nl",
  languages = { "nl", "en" },
  audience = {
    nl = "Mentoren, docenten en zorgcoördinatoren in het voortgezet onderwijs",
    en = "Mentors, teachers and care coordinators in secondary schools",
  },
  summary = {
    nl = "Suzan (14) is schrikachtig en haar cijfers zakken. Als haar mentor breng je de signalen in kaart, overleg je, praat je met Suzan en haar ouders en beslis je met de school over melden bij Veilig Thuis en hulp van het buurtteam. Naar een praktijkverhaal uit Utrecht.",
    en = "Suzan (14) is jumpy and her grades are falling. As her mentor you map the signs, consult, talk with Suzan and her parents, and decide with the school about reporting to Veilig Thuis, the Dutch advice and reporting centre, and about help from the neighbourhood team. Based on a case story from Utrecht.",
  },
  school_type = "vo",
  minutes = 20,
  version = "1.0",
  pass_mark = 0.7,
  start = "begin",

  characters = {
    eva = {
      name = "Eva Bakker",
      role = { nl = "mentor van 3 havo B en docent Nederlands (jij)", en = "mentor of class 3 havo B and Dutch teacher (you)" },
    },
    suzan = {
      name = "Suzan",
      role = { nl = "leerling uit 3 havo B, 14 jaar", en = "pupil in class 3 havo B, 14 years old" },
    },
    pieter = {
      name = "Pieter",
      role = { nl = "vader van Suzan", en = "Suzan’s father" },
    },
    linda = {
      name = "Linda",
      role = { nl = "moeder van Suzan, de vriendin van Pieter", en = "Suzan’s mother, Pieter’s partner" },
    },
    karin = {
      name = "Karin Visser",
      role = { nl = "zorgcoördinator en aandachtsfunctionaris", en = "care coordinator and safeguarding lead" },
    },
    youssef = {
      name = "Youssef Amrani",
      role = { nl = "gezinswerker van het buurtteam", en = "family worker of the neighbourhood team" },
    },
    ineke = {
      name = "Ineke de Boer",
      role = { nl = "adviseur bij Veilig Thuis", en = "adviser at Veilig Thuis" },
    },
  },

  variables = {
    feiten = false, -- the mentor recorded the first signal as dated facts
    geheim = false, -- the mentor promised Suzan secrecy
  },

  scenes = {
    ---------------------------------------------------------------- 1. signalen
    {
      id = "begin", step = "signalen",
      text = {
        nl = "Je bent Eva Bakker, docent Nederlands en mentor van 3 havo B. Suzan is veertien, een slimme meid met een droog gevoel voor humor. Vorig jaar haalde ze zevens en achten.\n\nSinds de zomer is er iets veranderd. Ze zit stil achterin, capuchon op. Voor jouw betoog kreeg ze een 5,1, voor het laatste wiskundeproefwerk een 4,8. Je neemt je voor beter op haar te letten.",
        en = "You are Eva Bakker, Dutch teacher and mentor of class 3 havo B. Suzan is fourteen, a bright girl with a dry sense of humour. Last year she got sevens and eights.\n\nSince the summer something has changed. She sits quietly at the back with her hood up. She got a 5.1 for the essay you set and a 4.8 for her last maths test, both fails. You decide to keep a closer eye on her.",
      },
      next = "deur",
    },
    {
      id = "deur", step = "signalen",
      text = {
        nl = "Dinsdag 30 september, derde uur. Op de gang slaat een deur met een klap dicht. Suzan schiet overeind, wordt wit en haar handen trillen. Het duurt minuten voor ze weer schrijft. Noor grinnikt: ‘Relax, Suus.’ Na de bel is Suzan als eerste de klas uit.\n\nJe hebt tien minuten tot je volgende les.",
        en = "Tuesday 30 September, third period. Out in the corridor a door slams shut. Suzan jerks upright, goes white, and her hands shake. It takes minutes before she writes again. Noor grins: ‘Chill, Suus.’ When the bell goes, Suzan is the first one out.\n\nYou have ten minutes before your next lesson.",
      },
      choices = {
        {
          text = {
            nl = "Ik onthoud het en houd haar in de gaten. Eén keer schrikken zegt nog niets; pubers zijn nu eenmaal wisselvallig.",
            en = "I make a mental note and keep an eye on her. One fright means nothing; teenagers are moody.",
          },
          next = "meer_signalen", points = 0,
          feedback = {
            nl = "Dit is niet je eerste signaal: haar cijfers zakten al. Meerdere signalen bij dezelfde leerling zijn reden tot zorg, en wat je niet opschrijft, ben je over een maand kwijt.",
            en = "This is not your first sign: her grades had already dropped. Several signs in the same pupil are a reason for concern, and what you do not write down will be gone in a month.",
          },
        },
        {
          text = {
            nl = "Ik noteer in het leerlingdossier: ‘30/9, 3e uur: deur slaat dicht, S. schrikt hevig, wordt bleek, handen trillen, na enkele minuten rustig.’",
            en = "I write in the pupil file: ‘30/9, 3rd period: door slams, S. startles badly, goes pale, hands shake, calm after a few minutes.’",
          },
          next = "meer_signalen", points = 3, actors = { "school" }, set = { feiten = true },
          feedback = {
            nl = "Goed: wat je zag, met datum, zonder uitleg erbij. Wie het later leest, kan zelf zien wat er gebeurde, en jij bouwt een beeld op dat klopt.",
            en = "Good: what you saw, dated, with nothing added. Whoever reads it later can see for themselves what happened, and you build up a picture that holds.",
          },
        },
        {
          text = {
            nl = "Ik noteer: ‘Suzan is erg angstig en schrikachtig. Ik vermoed dat er thuis iets mis is.’",
            en = "I write: ‘Suzan is very anxious and jumpy. I suspect something is wrong at home.’",
          },
          next = "meer_signalen", points = 1, actors = { "school" }, mistake = "interpreteren",
          feedback = {
            nl = "Opschrijven is goed, maar ‘angstig’ en ‘thuis iets mis’ zijn jouw conclusies, geen waarnemingen. Schrijf op wat je zag en hoorde; duiden doe je later, samen met anderen.",
            en = "Writing it down is good, but ‘anxious’ and ‘something wrong at home’ are your conclusions, not observations. Write down what you saw and heard; making sense of it comes later, together with others.",
          },
        },
      },
    },
    {
      id = "meer_signalen", step = "signalen",
      text = {
        nl = "In de dagen daarna vul je je lijstje aan.\n\n2/10: voor de derde keer dit schooljaar te laat. ‘Slecht geslapen.’\n6/10: zegt tegen Noor, jij hoort het: ‘Het was gisteren weer zo’n herrie thuis.’\n7/10: huilt bij wiskunde als meneer Dekker naar haar huiswerk vraagt. Dekker vertelt het je zelf.\n8/10: vraagt of ze tot vijf uur in de mediatheek mag blijven, ‘want thuis is het zo druk’. Dat vroeg ze vorige week ook.",
        en = "Over the next few days you add to your list.\n\n2/10: late for the third time this school year. ‘Slept badly.’\n6/10: says to Noor, within your hearing: ‘There was another huge row at home yesterday.’\n7/10: cries in maths when Mr Dekker asks about her homework. Dekker tells you himself.\n8/10: asks if she can stay in the library until five, ‘because it’s so busy at home’. She asked the same last week.",
      },
      next = "zorg_of_wachten",
    },
    {
      id = "zorg_of_wachten", step = "signalen",
      text = {
        nl = "Je legt alles naast elkaar: de cijfers, het schrikken, het te laat komen, de ‘herrie thuis’, de tranen bij wiskunde, het niet naar huis willen. De rapportvergadering is pas eind november. Wat doe je nu?",
        en = "You put it all side by side: the grades, the startle, the late arrivals, the ‘row at home’, the tears in maths, not wanting to go home. The progress meeting, where her teachers discuss her reports, is not until the end of November. What do you do now?",
      },
      choices = {
        {
          text = {
            nl = "Ik wacht de rapportvergadering af. Dan zien alle docenten haar cijfers en kunnen we samen kijken of het een fase is.",
            en = "I wait for the progress meeting. Then all her teachers see her grades and we can judge together whether it is a phase.",
          },
          next = "crisis_begin", points = 0, mistake = "wachten_tweede_signaal",
          feedback = {
            nl = "Je hebt al genoeg om je zorgen te maken: meerdere signalen, en een leerling die niet naar huis wil. Wachten tot iedereen het ziet, kost Suzan weken waarin thuis niets verandert.",
            en = "You already have enough to be concerned: several signs, and a pupil who does not want to go home. Waiting until everyone sees it costs Suzan weeks in which nothing changes at home.",
          },
        },
        {
          text = {
            nl = "Dit zijn meerdere signalen bij één leerling: reden tot zorg. Ik vraag deze week een overleg aan met Karin Visser, de zorgcoördinator.",
            en = "These are several signs in one pupil: a reason for concern. I ask Karin Visser, the care coordinator, for a meeting this week.",
          },
          next = "karin", points = 3, actors = { "school" },
          feedback = {
            nl = "Juist. Eén signaal maakt je alert, meerdere signalen bij dezelfde leerling zijn reden tot zorg. Dan zet je de volgende stap: overleg, met je aantekeningen erbij.",
            en = "Right. One sign makes you alert; several signs in the same pupil are a reason for concern. Then you take the next step: consult, and bring your notes.",
          },
        },
        {
          text = {
            nl = "Ik vraag Suzan na de les op de man af wat er thuis aan de hand is. Zegt ze niets, dan is er waarschijnlijk ook niets.",
            en = "After class I ask Suzan straight out what is going on at home. If she says nothing, there probably is nothing.",
          },
          next = "suzan_zwijgt", points = 1, actors = { "school" },
          feedback = {
            nl = "Contact met Suzan is goed, maar dit gesprek bereid je voor, na overleg. Kinderen die thuis geweld meemaken, zwijgen vaak uit angst of loyaliteit: stilte betekent niet dat er niets is.",
            en = "Reaching out to Suzan is good, but you prepare this talk, after consulting. Children who live with violence at home often keep quiet out of fear or loyalty: silence does not mean there is nothing.",
          },
        },
      },
    },
    {
      id = "suzan_zwijgt", step = "signalen", speaker = "suzan",
      text = {
        nl = "Suzan haalt haar schouders op en kijkt langs je heen. ‘Niks. Gewoon.’ Ze pakt haar tas en is weg.\n\nJe bent niets wijzer geworden, en je zorg is niet kleiner. Wel heb je gezien hoe snel ze dichtklapt. Je besluit toch met je lijstje naar Karin Visser te gaan.",
        en = "Suzan shrugs and looks past you. ‘Nothing. Just normal.’ She grabs her bag and is gone.\n\nYou are none the wiser, and your worry is no smaller. You did see how quickly she shuts down. You decide to take your list to Karin Visser after all.",
      },
      next = "karin",
    },

    ---------------------------------------------------------------- 2. consultatie
    {
      id = "karin", step = "consultatie",
      text = {
        nl = "Donderdag 9 oktober. Je hebt je lijstje uitgeprint. In de teamkamer vraagt collega Bas hoe het gaat met ‘dat stille meisje uit jouw mentorklas’. Karin Visser, zorgcoördinator en aandachtsfunctionaris van de school, heeft om drie uur tijd.",
        en = "Thursday 9 October. You have printed out your list. In the staffroom your colleague Bas asks how ‘that quiet girl in your mentor group’ is doing. Karin Visser, the school’s care coordinator and safeguarding lead, has time at three.",
      },
      choices = {
        {
          text = {
            nl = "Ik vertel Bas en de anderen aan de koffietafel wat ik heb gezien. Zij kennen Suzan ook; hoe meer collega’s meedenken, hoe beter.",
            en = "I tell Bas and the others at the coffee table what I have seen. They know Suzan too; the more colleagues think along, the better.",
          },
          next = "koffiekamer", points = 0,
          feedback = {
            nl = "Meedenken is goed, maar de koffietafel is geen consultatie. Zorgen over een gezin bespreek je met het zorgteam of de aandachtsfunctionaris, niet waar iedereen meeluistert.",
            en = "Thinking along is good, but the coffee table is not a consultation. Concerns about a family go to the care team or the safeguarding lead, not to a room where everyone is listening.",
          },
        },
        {
          text = {
            nl = "Ik bel vanavond zelf Suzans moeder, vertel wat me opvalt en raad haar aan met Suzan naar de huisarts te gaan. Dan is het snel geregeld.",
            en = "Tonight I phone Suzan’s mother myself, tell her what I have noticed and advise her to take Suzan to the GP. That settles it quickly.",
          },
          next = "alleen_gebeld", points = -3,
          critical = { id = "alleen_handelen" },
          feedback = {
            nl = "Goed bedoeld, maar je handelt alleen: zonder overleg, zonder voorbereiding en zonder te weten wat er thuis speelt. Als er geweld is, kan zo’n telefoontje het thuis onveiliger maken.",
            en = "Well meant, but you act alone: without consulting, without preparing and without knowing what is going on at home. If there is violence, a call like this can make home less safe.",
          },
        },
        {
          text = {
            nl = "Ik ga om drie uur naar Karin, met mijn gedateerde aantekeningen, en vraag wat zij erin ziet en wat de volgende stap is.",
            en = "At three I go to Karin with my dated notes and ask what she makes of them and what the next step is.",
          },
          next = "karin_gesprek", points = 3, actors = { "zorgteam" },
          feedback = {
            nl = "Goed: je deelt je zorgen met de aandachtsfunctionaris, op basis van feiten. Als mentor hoef je dit niet alleen te dragen, en dat mag ook niet.",
            en = "Good: you share your concerns with the safeguarding lead, based on facts. As a mentor you need not, and may not, carry this alone.",
          },
        },
      },
    },
    {
      id = "koffiekamer", step = "consultatie",
      text = {
        nl = "Bas weet meteen wat: ‘Haar vader stond vorig jaar te schreeuwen bij het hek. Zo’n type.’ Een collega knikt, een ander begint over een neef met ‘precies zo’n vader’. Niemand weet iets, iedereen heeft een mening.\n\nDe volgende dag vraagt Noor waarom meneer Dekker zo raar naar Suzan kijkt. Je schrikt. Om drie uur zit je alsnog bij Karin.",
        en = "Bas knows at once: ‘Her father was shouting at the gate last year. That sort.’ A colleague nods, another starts on a cousin with ‘exactly that kind of father’. No one knows anything, everyone has an opinion.\n\nThe next day Noor asks why Mr Dekker keeps looking at Suzan so strangely. You are startled. At three you are sitting with Karin after all.",
      },
      next = "karin_gesprek",
    },
    {
      id = "alleen_gebeld", step = "consultatie", speaker = "linda",
      text = {
        nl = "Linda, Suzans moeder, neemt pas na lang overgaan op. Ze praat zacht. ‘Het gaat prima met Suzan, hoor. Ze is gewoon moe.’ Op de achtergrond roept een mannenstem iets. ‘Ik moet ophangen.’\n\nDe volgende dag zegt Suzan geen woord tegen je en ontwijkt ze je blik. Je vertelt Karin wat er gebeurd is. Ze is even stil. ‘Laten we vanaf hier samen verdergaan,’ zegt ze, ‘en voortaan eerst overleggen.’",
        en = "Linda, Suzan’s mother, answers only after many rings. She speaks softly. ‘Suzan is fine, really. She’s just tired.’ A man’s voice shouts something in the background. ‘I have to go.’\n\nThe next day Suzan does not say a word to you and avoids your eyes. You tell Karin what happened. She is quiet for a moment. ‘Let’s carry on together from here,’ she says, ‘and consult first from now on.’",
      },
      next = "karin_gesprek",
    },
    {
      id = "karin_gesprek", step = "consultatie", speaker = "karin",
      text = {
        nl = "Karin leest je aantekeningen twee keer. ‘Los van elkaar zegt het weinig, samen zegt het veel: zakkende cijfers, schrikken, niet naar huis willen, “herrie thuis”. Ik deel je zorg.’\n\nZe pakt haar agenda. ‘Youssef Amrani, de gezinswerker van het buurtteam, is maandag op school. Hij kent dit soort signalen als geen ander. Laten we hem vragen mee te denken. Dat kan eerst zonder namen, als je dat prettiger vindt.’",
        en = "Karin reads your notes twice. ‘On their own they say little; together they say a lot: falling grades, startling, not wanting to go home, “rows at home”. I share your concern.’\n\nShe opens her diary. ‘Youssef Amrani, the family worker of the neighbourhood team, is in school on Monday. He knows signs like these better than anyone. Let’s ask him to think along. We can do that without names at first, if you prefer.’",
      },
      next = "youssef",
    },
    {
      id = "youssef", step = "consultatie", speaker = "youssef",
      text = {
        nl = "Maandag. Youssef schuift aan in het kamertje van Karin, een beker thee in zijn hand. ‘Vertel eens wat je ziet.’ Je loopt je lijstje langs. Hij luistert, stelt een paar vragen en kijkt je dan aan. ‘Wat wil je van mij?’",
        en = "Monday. Youssef joins you in Karin’s office, a mug of tea in his hand. ‘Tell me what you’re seeing.’ You go through your list. He listens, asks a few questions, then looks at you. ‘What do you want from me?’",
      },
      choices = {
        {
          text = {
            nl = "‘Help me de signalen te duiden, en mijn gesprek met Suzan en daarna met haar ouders voor te bereiden.’",
            en = "‘Help me make sense of the signs, and prepare my talk with Suzan and then with her parents.’",
          },
          next = "wie_eerst", points = 3, actors = { "buurtteam" },
          feedback = {
            nl = "Precies waar de gezinswerker voor is: meedenken over wat de signalen kunnen betekenen en hoe je het gesprek aangaat. Jij blijft de mentor, hij is je adviseur.",
            en = "Exactly what the family worker is there for: thinking through what the signs may mean and how to approach the talk. You remain the mentor; he is your adviser.",
          },
        },
        {
          text = {
            nl = "‘Kun jij bij het gezin langsgaan? Jij weet hier meer van, en dan hoef ik Suzan en haar ouders niet ongerust te maken.’",
            en = "‘Could you visit the family? You know more about this, and then I don’t have to worry Suzan and her parents.’",
          },
          next = "wie_eerst", points = 0, actors = { "buurtteam" },
          feedback = {
            nl = "Het buurtteam kan pas helpen als het gezin weet waar de zorgen vandaan komen en instemt met hulp. Het gesprek over wat de school ziet, voert de school zelf; Youssef helpt je het voor te bereiden.",
            en = "The neighbourhood team can only help once the family knows where the concerns come from and agrees to help. The school itself has the talk about what the school sees; Youssef helps you prepare it.",
          },
        },
        {
          text = {
            nl = "‘Moeten we niet meteen Veilig Thuis bellen? Dan ligt het bij hen en zijn wij ervan af.’",
            en = "‘Shouldn’t we just call Veilig Thuis right away? Then it’s with them and off our plate.’",
          },
          next = "wie_eerst", points = 1,
          feedback = {
            nl = "Veilig Thuis kun je bij elke stap om advies vragen. Maar wie meldt, draagt niets af: de school blijft betrokken. Bereid eerst het gesprek met Suzan en haar ouders voor, dan kun je goed wegen.",
            en = "You can ask Veilig Thuis for advice at every step. But reporting does not hand anything off: the school stays involved. Prepare the talk with Suzan and her parents first; then you can weigh things properly.",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3. gesprek
    {
      id = "wie_eerst", step = "gesprek", speaker = "youssef",
      text = {
        nl = "‘Goed,’ zegt Youssef. ‘Je hebt concrete feiten, dat helpt. Dan het gesprek. Met wie begin je?’",
        en = "‘Good,’ says Youssef. ‘You have concrete facts, that helps. Now the talk. Who do you start with?’",
      },
      choices = {
        {
          text = {
            nl = "Met de ouders. Suzan is minderjarig; het is aan hen of en hoe er met haar over thuis gepraat wordt.",
            en = "With the parents. Suzan is a minor; it is up to them whether and how anyone talks with her about home.",
          },
          next = "gesprek_suzan", points = 1,
          feedback = {
            nl = "Bij jonge kinderen begin je bij de ouders. Suzan is veertien: een ouder kind spreek je eerst zelf, zodat ze haar eigen verhaal kan doen voordat haar ouders erbij zijn.",
            en = "With young children you start with the parents. Suzan is fourteen: an older child you talk to first, so she can tell her own story before her parents are involved.",
          },
        },
        {
          text = {
            nl = "Alleen met Suzan. De ouders erbij halen is te riskant als er thuis echt iets speelt.",
            en = "Only with Suzan. Bringing in the parents is too risky if something really is going on at home.",
          },
          next = "gesprek_suzan", points = 0,
          feedback = {
            nl = "Het gesprek met de ouders sla je alleen over als het kind, anderen of jijzelf daardoor in gevaar komen, en dan raadpleeg je snel Veilig Thuis. Daar is nu geen aanwijzing voor, en ouders verdienen de kans om hulp te aanvaarden.",
            en = "You skip the talk with the parents only when it would put the child, others or yourself in danger, and then you consult Veilig Thuis quickly. There is no sign of that now, and parents deserve the chance to accept help.",
          },
        },
        {
          text = {
            nl = "Eerst met Suzan zelf, rustig en na schooltijd. Daarna met haar ouders, liefst met Suzan erbij, als dat veilig kan.",
            en = "First with Suzan herself, calmly and after school. Then with her parents, preferably with Suzan there, if that is safe.",
          },
          next = "gesprek_suzan", points = 3,
          feedback = {
            nl = "Goed: een kind van veertien spreek je eerst zelf. Daarna volgen de ouders, bij voorkeur samen met het kind, tenzij dat onveilig blijkt.",
            en = "Good: a fourteen-year-old you talk to first. Then the parents, preferably together with the child, unless that turns out to be unsafe.",
          },
        },
      },
    },
    {
      id = "gesprek_suzan", step = "gesprek", speaker = "suzan",
      text = {
        nl = "Dinsdag, na het zesde uur, in het mentorkamertje. Je begint bij wat je zag: ‘Je bent vaak moe, je cijfers zijn gezakt en laatst schrok je erg van die deur. Ik maak me zorgen om je. Hoe gaat het met je?’\n\nSuzan pulkt aan haar mouw. Het blijft lang stil. Dan, zonder op te kijken: ‘Als ik iets vertel... belooft u dan dat u het aan niemand zegt? Echt niemand?’",
        en = "Tuesday, after sixth period, in the mentor room. You start with what you saw: ‘You’re often tired, your grades have dropped and the other day that door really scared you. I’m worried about you. How are you doing?’\n\nSuzan picks at her sleeve. A long silence. Then, without looking up: ‘If I tell you something... do you promise not to tell anyone? Really no one?’",
      },
      choices = {
        {
          text = {
            nl = "‘Dat kan ik niet beloven. Als je niet veilig bent, heb ik anderen nodig om je te helpen. Maar ik doe niets zonder het eerst met jou te bespreken.’",
            en = "‘I can’t promise that. If you’re not safe, I need other people to help you. But I won’t do anything without talking it through with you first.’",
          },
          next = "suzan_vertelt", points = 3,
          feedback = {
            nl = "Juist. Je belooft geen geheimhouding, wel wat je kunt waarmaken: eerlijk zijn over wat je doet. Zo houd je haar vertrouwen, ook als je straks anderen inschakelt.",
            en = "Right. You do not promise secrecy; you promise what you can keep: honesty about what you will do. That way you keep her trust, even when you bring in others later.",
          },
        },
        {
          text = {
            nl = "‘Ik beloof het. Wat je me vertelt, blijft tussen ons.’",
            en = "‘I promise. What you tell me stays between us.’",
          },
          next = "suzan_vertelt", points = -3, set = { geheim = true },
          critical = { id = "geheim_beloven" },
          feedback = {
            nl = "Zo krijg je haar verhaal, maar je verliest haar vertrouwen op het moment dat je moet handelen, en dat moet je vrijwel zeker. Beloof nooit geheimhouding: je hebt anderen nodig om Suzan te helpen.",
            en = "This gets you her story, but you lose her trust the moment you have to act, and you almost certainly will. Never promise secrecy: you need others to help Suzan.",
          },
        },
        {
          text = {
            nl = "‘Vertel eerst maar wat er is. Daarna zien we wel wat we ermee doen.’",
            en = "‘Just tell me what’s going on first. Then we’ll see what to do about it.’",
          },
          next = "suzan_vertelt", points = 1,
          feedback = {
            nl = "Eerlijk bedoeld, maar ontwijkend: Suzan hoort er makkelijk een belofte in. Zeg vooraf dat je iets niet geheim kunt houden als haar veiligheid in het geding is.",
            en = "Honestly meant, but evasive: Suzan can easily hear a promise in it. Say beforehand that you cannot keep something secret if her safety is at stake.",
          },
        },
      },
    },
    {
      id = "suzan_vertelt", step = "gesprek", speaker = "suzan",
      text = {
        nl = "Suzan praat zacht en snel, alsof ze het kwijt wil voor ze zich bedenkt. Haar ouders hebben al maanden ruzie. Haar vader schreeuwt en gooit met dingen. ‘Vorige maand sloeg hij mama. Ze had een blauwe plek op haar arm.’ Hij huilde daarna en zei dat het nooit meer zou gebeuren. ‘Maar vorige week was het weer zo. Dan zet ik mijn koptelefoon op en doe ik mijn deur op slot.’\n\nZe veegt haar ogen af. ‘Papa is niet slecht, hoor. Hij is gewoon... soms zo boos.’",
        en = "Suzan talks quietly and fast, as if she wants it out before she changes her mind. Her parents have been fighting for months. Her father shouts and throws things. ‘Last month he hit Mum. She had a bruise on her arm.’ Afterwards he cried and said it would never happen again. ‘But last week it was the same. Then I put my headphones on and lock my door.’\n\nShe wipes her eyes. ‘Dad isn’t bad, you know. He just gets... so angry sometimes.’",
      },
      next = "doorvragen",
    },
    {
      id = "doorvragen", step = "gesprek",
      text = {
        nl = "Suzan is stil. Je hoofd zit vol vragen. Hoe vaak gebeurt dit? Hoe erg is het? Wordt zij zelf ook geslagen? Wat doe je nu?",
        en = "Suzan falls silent. Your head is full of questions. How often does this happen? How bad is it? Does he hit her too? What do you do now?",
      },
      choices = {
        {
          text = {
            nl = "Ik vraag door: hoe vaak, waar hij haar moeder raakte, wanneer precies, en of hij Suzan zelf ook slaat. Ik schrijf haar antwoorden woordelijk op.",
            en = "I ask more: how often, where he hit her mother, exactly when, and whether he hits Suzan too. I write down her answers word for word.",
          },
          next = "suzan_klapt_dicht", points = -3,
          critical = { id = "verhoren" },
          feedback = {
            nl = "Zo wordt een vertrouwelijk gesprek een verhoor. Suzan voelt zich ondervraagd over haar eigen ouders en klapt dicht, en wat ze later bij Veilig Thuis vertelt, raakt erdoor gekleurd. Onderzoeken is niet jouw taak.",
            en = "This turns a confidential talk into an interrogation. Suzan feels questioned about her own parents and shuts down, and what she later tells Veilig Thuis gets coloured by it. Investigating is not your job.",
          },
        },
        {
          text = {
            nl = "Ik zeg dat ze er goed aan doet het te vertellen en dat het niet haar schuld is. Ik vraag alleen: ‘Ben je vanavond thuis veilig? Wat heb jij nu nodig?’",
            en = "I tell her she did the right thing by telling me and that it isn’t her fault. I only ask: ‘Are you safe at home tonight? What do you need right now?’",
          },
          next = "afspraak_suzan", points = 3,
          feedback = {
            nl = "Goed: je erkent haar, neemt haar schuldgevoel weg en stelt alleen de vraag die nu telt: is ze veilig? De details zijn niet aan jou. Suzan zegt dat haar vader vannacht werkt; vanavond is het rustig.",
            en = "Good: you acknowledge her, take away her guilt and ask only the question that matters now: is she safe? The details are not yours to gather. Suzan says her father is on night shift; tonight will be calm.",
          },
        },
        {
          text = {
            nl = "Ik zeg dat ik geschrokken ben, dat haar vader zich echt niet zo mag gedragen en dat ik hem daarop ga aanspreken.",
            en = "I say I am shocked, that her father really must not behave like that, and that I am going to talk to him about it.",
          },
          next = "suzan_paniek", points = 0,
          feedback = {
            nl = "Je oordeel over haar vader zet Suzan klem tussen jou en haar ouders, en ‘hem aanspreken’ belooft iets wat het thuis onveiliger kan maken. Blijf bij haar en bij wat zij nodig heeft.",
            en = "Your judgement of her father traps Suzan between you and her parents, and ‘talking to him’ promises something that could make home less safe. Stay with her and with what she needs.",
          },
        },
      },
    },
    {
      id = "suzan_klapt_dicht", step = "gesprek", speaker = "suzan",
      text = {
        nl = "Bij je derde vraag kijkt Suzan weg. ‘Weet ik niet meer.’ Bij de vierde pakt ze haar tas. ‘Ik moet gaan.’\n\nJe houdt een vel vol aantekeningen over, en een leerling die spijt heeft dat ze iets zei. De volgende dag vraag je haar even te blijven. Ze komt, maar blijft bij de deur staan.",
        en = "At your third question Suzan looks away. ‘I don’t remember.’ At the fourth she picks up her bag. ‘I have to go.’\n\nYou are left with a page of notes, and a pupil who regrets saying anything. The next day you ask her to stay behind for a moment. She comes, but stays by the door.",
      },
      next = "afspraak_suzan",
    },
    {
      id = "suzan_paniek", step = "gesprek", speaker = "suzan",
      text = {
        nl = "‘Nee!’ Suzan schiet overeind. ‘Dan weet hij dat ik het verteld heb. Dan wordt het alleen maar erger.’\n\nHet kost je moeite haar gerust te stellen. Je zegt dat je niets doet zonder het eerst met haar te bespreken, en dat je haar vader niet zomaar gaat bellen. Langzaam gaat ze weer zitten.",
        en = "‘No!’ Suzan jumps up. ‘Then he’ll know I told. Then it’ll only get worse.’\n\nIt takes effort to calm her down. You tell her you won’t do anything without talking it through with her first, and that you won’t just go and call her father. Slowly she sits down again.",
      },
      next = "afspraak_suzan",
    },
    {
      id = "afspraak_suzan", step = "gesprek",
      text = {
        nl = "Het gesprek loopt ten einde. Suzan kijkt je afwachtend aan. Wat zeg je haar over wat er nu gaat gebeuren?",
        en = "The talk is coming to an end. Suzan looks at you, waiting. What do you tell her about what happens next?",
      },
      choices = {
        {
          text = {
            nl = "‘Jij bepaalt wat er gebeurt. Als je wilt dat ik iets doe, kom je maar naar me toe.’",
            en = "‘You decide what happens. If you want me to do something, just come and find me.’",
          },
          next = "afspraak_nagedacht", points = 0, mistake = "kind_uit_beeld",
          feedback = {
            nl = "Zo leg je een verantwoordelijkheid van volwassenen bij een kind van veertien dat loyaal is aan haar ouders. Jij besluit met het zorgteam wat er gebeurt; Suzan mag weten wat en wanneer.",
            en = "This puts an adult responsibility on a fourteen-year-old who is loyal to her parents. You decide with the care team what happens; Suzan has a right to know what and when.",
          },
        },
        {
          text = {
            nl = "‘Ik ga overleggen met mevrouw Visser en Youssef van het buurtteam. Ik wil je ouders spreken, met jou erbij. Maandag praten we verder.’",
            en = "‘I’m going to talk with Ms Visser and Youssef from the neighbourhood team. I want to meet your parents, with you there. We’ll talk again on Monday.’",
          },
          next = "ouders_voorbereiden", points = 3, condition = { geheim = false },
          feedback = {
            nl = "Goed: Suzan weet wat je doet, met wie en wanneer. Je vraagt haar mening over het gesprek met haar ouders, maar het besluit om te handelen leg je niet bij haar.",
            en = "Good: Suzan knows what you will do, with whom and when. You ask her view on the talk with her parents, but you do not leave the decision to act to her.",
          },
        },
        {
          text = {
            nl = "Ik zeg eerlijk dat ik mijn belofte niet kan houden, leg uit met wie ik ga praten en waarom, en bied mijn excuses aan.",
            en = "I tell her honestly that I cannot keep my promise, explain who I will talk to and why, and apologise.",
          },
          next = "suzan_boos", points = 2, condition = { geheim = true },
          feedback = {
            nl = "Dit is de enige goede uitweg uit een belofte die je niet had mogen doen. Het herstel is eerlijk, maar Suzan voelt zich verraden, en dat kost jullie vertrouwen.",
            en = "This is the only good way out of a promise you should never have made. Putting it right is honest, but Suzan feels betrayed, and that costs you her trust.",
          },
        },
        {
          text = {
            nl = "Ik houd me aan mijn belofte. Tegen Karin en Youssef zeg ik alleen dat het gesprek ‘wel meeviel’.",
            en = "I keep my promise. To Karin and Youssef I only say the talk ‘wasn’t too bad’.",
          },
          next = "stilte", points = -3, condition = { geheim = true },
          critical = {
            id = "alleen_handelen",
            explanation = {
              nl = "Een kind dat vertelt over geweld thuis laat je niet alleen met dat geheim. Wat Suzan vertelde, deel je met de aandachtsfunctionaris; het besluit om niets te doen neem je niet alleen, en zeker niet door te zwijgen.",
              en = "A child who tells you about violence at home must not be left alone with that secret. What Suzan told you, you share with the safeguarding lead; you do not decide alone to do nothing, and certainly not by keeping quiet.",
            },
          },
          feedback = {
            nl = "Nu laat je Suzan alleen met een geheim dat te zwaar is voor een kind, en houd je het zorgteam informatie voor. Een kind dat vertelt over geweld thuis, is reden om te melden.",
            en = "Now you leave Suzan alone with a secret too heavy for a child, and you keep information from the care team. A child who tells you about violence at home is a reason to report.",
          },
        },
      },
    },
    {
      id = "afspraak_nagedacht", step = "gesprek",
      text = {
        nl = "Die avond knaagt het. Suzan heeft je iets verteld wat je niet bij haar kunt laten liggen, en ze komt heus niet uit zichzelf terug.\n\nDe volgende ochtend zoek je haar op. Je vertelt dat je met Karin en Youssef gaat overleggen en dat je haar ouders wilt spreken. Ze knikt, opgelucht en bang tegelijk.",
        en = "That evening it nags at you. Suzan told you something you cannot leave with her, and she is not going to come back on her own.\n\nThe next morning you find her. You tell her you are going to talk with Karin and Youssef and that you want to meet her parents. She nods, relieved and frightened at the same time.",
      },
      next = "ouders_voorbereiden",
    },
    {
      id = "suzan_boos", step = "gesprek", speaker = "suzan",
      text = {
        nl = "Suzan verstijft. ‘U had het beloofd.’ Ze loopt weg zonder gedag te zeggen.\n\nHet duurt dagen voor ze je weer groet. Karin zegt later: ‘Je hebt het goed rechtgezet. Maar dit had je haar willen besparen.’",
        en = "Suzan freezes. ‘You promised.’ She walks out without saying goodbye.\n\nIt takes days before she says hello to you again. Karin says later: ‘You put it right. But you’d have wanted to spare her this.’",
      },
      next = "ouders_voorbereiden",
    },
    {
      id = "stilte", step = "gesprek",
      text = {
        nl = "Je zegt tegen Karin dat het meeviel. Het gesprek met de ouders gaat niet door. Suzan lijkt een paar weken opgelucht.\n\nIn november meldt ze zich steeds vaker ziek. Op maandag 1 december belt de moeder van Noor de school: Suzan slaapt al drie nachten bij hen, ‘omdat het thuis niet kan’. Karin vraagt je of je hier iets van wist.",
        en = "You tell Karin it wasn’t too bad. The talk with the parents is called off. For a few weeks Suzan seems relieved.\n\nIn November she calls in sick more and more often. On Monday 1 December Noor’s mother phones the school: Suzan has slept at their house for three nights, ‘because she can’t be at home’. Karin asks whether you knew anything about this.",
      },
      next = "einde_stilte",
    },
    {
      id = "ouders_voorbereiden", step = "gesprek",
      text = {
        nl = "Met Karin en Youssef bereid je het gesprek met Suzans ouders voor. Suzan wil erbij zijn, ‘als u begint en niet ik’. Hoe pak je het aan?",
        en = "With Karin and Youssef you prepare the talk with Suzan’s parents. Suzan wants to be there, ‘as long as you start, not me’. How do you go about it?",
      },
      choices = {
        {
          text = {
            nl = "Ik bel Pieter vanavond en zeg dat Suzan me heeft verteld dat hij haar moeder slaat. Dan weet hij dat de school het weet, en stopt hij misschien.",
            en = "I phone Pieter tonight and tell him Suzan has told me he hits her mother. Then he knows the school knows, and perhaps he will stop.",
          },
          next = "confrontatie_gevolg", points = -3,
          critical = { id = "ouders_confronteren_onveilig" },
          feedback = {
            nl = "Zo confronteer je een vader, onvoorbereid en aan de telefoon, met wat zijn dochter vertelde, terwijl zij vanavond thuis is. Dat kan Suzan en haar moeder direct in gevaar brengen.",
            en = "This confronts a father, unprepared and by phone, with what his daughter told you, while she is at home tonight. That can put Suzan and her mother in danger straight away.",
          },
        },
        {
          text = {
            nl = "Ik nodig alleen Linda uit. Met haar praat het makkelijker, en Pieter hoeft niet te weten dat de school zich zorgen maakt.",
            en = "I invite only Linda. She is easier to talk to, and Pieter need not know that the school is concerned.",
          },
          next = "alleen_linda", points = 1,
          feedback = {
            nl = "Bij partnergeweld kan apart spreken verstandig zijn; dat weeg je met Karin en Youssef. Maar Pieter buiten beeld houden legt alles bij Linda, terwijl hij degene is die moet veranderen.",
            en = "With partner violence, talking to parents separately can be wise; you weigh that with Karin and Youssef. But keeping Pieter out of the picture puts everything on Linda, while he is the one who has to change.",
          },
        },
        {
          text = {
            nl = "Karin vraagt eerst Veilig Thuis of een gesprek met beide ouders samen veilig is voor Suzan en haar moeder. Kan het, dan nodig ik beide ouders en Suzan uit, met Karin erbij. Ik begin bij wat we op school zien, en spreek met Suzan af wat ik wel en niet zeg.",
            en = "Karin first asks Veilig Thuis whether a talk with both parents together is safe for Suzan and her mother. If it is, I invite both parents and Suzan, with Karin there. I start from what we see at school, and agree with Suzan what I will and won’t say.",
          },
          next = "ouders_veilig", points = 3, actors = { "zorgteam", "veilig_thuis" },
          feedback = {
            nl = "Goed: Suzan vertelde over geweld van haar vader tegen haar moeder. Of een gesprek met beide ouders dan veilig kan, weeg je niet alleen: je vraagt het eerst aan Veilig Thuis. Daarna beide ouders, het kind erbij, de aandachtsfunctionaris aan tafel en feiten als vertrekpunt.",
            en = "Good: Suzan told you about her father’s violence against her mother. Whether a talk with both parents can then be held safely is not something you weigh alone: you ask Veilig Thuis first. Then both parents, the child present, the safeguarding lead at the table and facts as the starting point.",
          },
        },
        {
          text = {
            nl = "Ik nodig beide ouders en Suzan uit, met Karin erbij. Ik begin bij wat we op school zien, en spreek met Suzan af wat ik wel en niet zeg.",
            en = "I invite both parents and Suzan, with Karin there. I start from what we see at school, and agree with Suzan what I will and won’t say.",
          },
          next = "ouders_gesprek", points = 1, actors = { "zorgteam" },
          feedback = {
            nl = "Beide ouders, het kind erbij, de aandachtsfunctionaris aan tafel en feiten als vertrekpunt: dat is goed. Maar Suzan vertelde over geweld van haar vader tegen haar moeder. Of een gesprek met beide ouders samen dan veilig is voor Suzan en haar moeder, vraag je eerst aan Veilig Thuis.",
            en = "Both parents, the child present, the safeguarding lead at the table and facts as the starting point: that is good. But Suzan told you about her father’s violence against her mother. Whether a talk with both parents together is then safe for Suzan and her mother, you ask Veilig Thuis first.",
          },
        },
      },
    },
    {
      id = "ouders_veilig", step = "gesprek", speaker = "ineke",
      text = {
        nl = "Karin belt Veilig Thuis, zonder namen. Adviseur Ineke de Boer vraagt door. Heeft Pieter ooit gedreigd als er iets buiten het gezin bekend werd? Is Suzan bang voor wat er thuis gebeurt na zo’n gesprek? Niets wijst daarop.\n\n‘Dan kan een gesprek met beide ouders op school,’ zegt Ineke. ‘Begin bij wat jullie aan Suzan zien. Gaat het daarna thuis mis, of twijfelen jullie, bel ons dan meteen.’",
        en = "Karin calls Veilig Thuis, without names. Adviser Ineke de Boer asks further. Has Pieter ever made threats when something became known outside the family? Is Suzan afraid of what happens at home after such a talk? Nothing points that way.\n\n‘Then a talk with both parents at school is possible,’ says Ineke. ‘Start from what you see in Suzan. If things go wrong at home afterwards, or if you are in doubt, call us at once.’",
      },
      next = "ouders_gesprek",
    },
    {
      id = "confrontatie_gevolg", step = "gesprek", speaker = "pieter",
      text = {
        nl = "Aan de telefoon is Pieter even stil. Dan: ‘Wat een onzin. Bemoei je met je eigen zaken.’ Hij hangt op.\n\nDe volgende twee dagen is Suzan er niet; Linda meldt haar ziek. Als ze terugkomt, zegt ze alleen: ‘Waarom deed u dat?’ Karin belt de ouders voor een gesprek. Pieter weigert, en Linda durft niet zonder hem te komen.",
        en = "On the phone Pieter is silent for a moment. Then: ‘What nonsense. Mind your own business.’ He hangs up.\n\nFor the next two days Suzan is absent; Linda calls her in sick. When she comes back, all she says is: ‘Why did you do that?’ Karin phones the parents to arrange a meeting. Pieter refuses, and Linda does not dare come without him.",
      },
      next = "weigering_voor_melding",
    },
    {
      id = "alleen_linda", step = "gesprek", speaker = "linda",
      text = {
        nl = "Linda komt alleen. Ze huilt bijna meteen. Het gaat al een jaar zo, vertelt ze. ‘Maar Pieter mag niet weten dat ik hier was.’ Als Karin over hulp begint, schudt ze haar hoofd: zonder Pieter kan ze dat niet.\n\nKarin stelt een tweede gesprek voor, met Pieter en Suzan erbij, en belooft dat de school begint bij wat ze aan Suzan ziet. Na lang aarzelen stemt Linda in.",
        en = "Linda comes alone. She is in tears almost at once. It has been like this for a year, she says. ‘But Pieter mustn’t know I was here.’ When Karin raises the subject of help, she shakes her head: she can’t do that without Pieter.\n\nKarin suggests a second meeting, with Pieter and Suzan, and promises that the school will start from what it sees in Suzan. After a long hesitation Linda agrees.",
      },
      next = "ouders_gesprek",
    },
    {
      id = "ouders_gesprek", step = "gesprek", speaker = "pieter",
      text = {
        nl = "Vier uur, het kamertje van Karin. Pieter zit met zijn armen over elkaar, Linda naast hem, Suzan tussen jou en Karin. Je begint bij wat de school ziet: de cijfers, het schrikken, het niet naar huis willen. Pieter: ‘Wij hebben weleens ruzie. Zoals iedereen.’\n\nHet blijft stil. Dan begint Linda te huilen. ‘Het gaat al een jaar zo, Piet.’ Pieter kijkt naar zijn handen. ‘Ik heb haar één keer geslagen. Ik schaam me kapot. Het gebeurt nooit meer. Dit lossen we zelf wel op.’",
        en = "Four o’clock, Karin’s office. Pieter sits with his arms folded, Linda beside him, Suzan between you and Karin. You start from what the school sees: the grades, the startling, not wanting to go home. Pieter: ‘We argue sometimes. Like everyone.’\n\nSilence. Then Linda starts to cry. ‘It’s been like this for a year, Piet.’ Pieter looks at his hands. ‘I hit her once. I’m so ashamed. It will never happen again. We’ll sort this out ourselves.’",
      },
      next = "pieter_reactie",
    },
    {
      id = "pieter_reactie", step = "gesprek",
      text = {
        nl = "Iedereen kijkt naar jou. Suzan houdt haar adem in. Wat zeg je tegen Pieter?",
        en = "Everyone looks at you. Suzan holds her breath. What do you say to Pieter?",
      },
      choices = {
        {
          text = {
            nl = "‘Het vraagt moed om dat te zeggen. Tegelijk zie ik op school hoe bang Suzan is. Dit stopt zelden vanzelf; ik wil met u kijken welke hulp kan helpen.’",
            en = "‘That takes courage to say. But at school I see how frightened Suzan is. This rarely stops by itself; I’d like to look with you at what help could work.’",
          },
          next = "wegen_ernst", points = 3,
          feedback = {
            nl = "Goed: je erkent Pieter zonder het geweld kleiner te maken, en je houdt het gesprek bij Suzan. Zo ontstaat ruimte voor hulp in plaats van verdediging.",
            en = "Good: you acknowledge Pieter without making the violence smaller, and you keep the talk about Suzan. That makes room for help instead of defence.",
          },
        },
        {
          text = {
            nl = "‘Fijn dat u zo eerlijk bent. Dan laat ik het verder aan u; u kent uw gezin het best.’",
            en = "‘I appreciate your honesty. Then I’ll leave it to you; you know your family best.’",
          },
          next = "wegen_ernst", points = 0, mistake = "partnergeweld_onderschatten",
          feedback = {
            nl = "Zo verdwijnt Suzan uit beeld. Pieter beloofde dit eerder al; geweld stopt zelden vanzelf, en het raakt Suzan, ook als zij zelf niet geslagen wordt.",
            en = "This way Suzan drops out of the picture. Pieter has made this promise before; violence rarely stops by itself, and it harms Suzan even when she is not hit herself.",
          },
        },
        {
          text = {
            nl = "‘Als dit nog één keer gebeurt, bel ik de politie.’",
            en = "‘If this happens one more time, I’m calling the police.’",
          },
          next = "wegen_ernst", points = 0,
          feedback = {
            nl = "Een dreigement zet Pieter in de verdediging en maakt van jou een tegenstander; Suzan wordt er niet veiliger van. Benoem wat je ziet en wijs de weg naar hulp.",
            en = "A threat puts Pieter on the defensive and makes you his opponent; it does not make Suzan any safer. Name what you see and point the way to help.",
          },
        },
      },
    },

    ---------------------------------------------------------------- 4. wegen
    {
      id = "wegen_ernst", step = "wegen", speaker = "karin",
      text = {
        nl = "De volgende ochtend zit je met Karin en Youssef bij elkaar: je aantekeningen, wat Suzan vertelde, het gesprek met haar ouders. Karin pakt het afwegingskader erbij. ‘Eerst de vraag: hoe onveilig is het voor Suzan?’",
        en = "The next morning you sit down with Karin and Youssef: your notes, what Suzan told you, the talk with her parents. Karin gets out the assessment framework. ‘First question: how unsafe is it for Suzan?’",
      },
      choices = {
        {
          text = {
            nl = "Structureel onveilig: Suzan is al maanden herhaaldelijk getuige van geweld tussen haar ouders, en dat tast haar zichtbaar aan.",
            en = "Structurally unsafe: for months Suzan has repeatedly witnessed violence between her parents, and it is visibly harming her.",
          },
          next = "wegen_bereid", points = 3,
          feedback = {
            nl = "Juist. Een kind dat stelselmatig getuige is van geweld thuis, leeft in structurele onveiligheid, ook als het zelf niet geslagen wordt.",
            en = "Right. A child who keeps witnessing violence at home lives in structural unsafety, even when she is not hit herself.",
          },
        },
        {
          text = {
            nl = "Het geweld speelt tussen Pieter en Linda. Suzan wordt zelf niet geslagen: voor haar is het naar, maar niet onveilig.",
            en = "The violence is between Pieter and Linda. Suzan is not hit herself: it is horrible for her, but not unsafe.",
          },
          next = "wegen_bereid", points = 0, mistake = "partnergeweld_onderschatten",
          feedback = {
            nl = "Geweld tussen ouders schaadt de kinderen die het meemaken. Suzan schrikt van deuren, slaapt slecht en wil niet naar huis: het raakt haar wel degelijk.",
            en = "Violence between parents harms the children who live through it. Suzan startles at doors, sleeps badly and does not want to go home: it very much affects her.",
          },
        },
        {
          text = {
            nl = "Acuut onveilig: Suzan mag vandaag niet naar huis.",
            en = "Acutely unsafe: Suzan must not go home today.",
          },
          next = "wegen_bereid", points = 1,
          feedback = {
            nl = "Serieus genomen, maar niet wat je ziet: niets wijst op direct gevaar in de komende uren of dagen. Het is wel onveilig, maar structureel. Ook dat vraagt om een melding, alleen niet om een noodingreep.",
            en = "You take it seriously, but it is not what you see: nothing points to direct danger in the coming hours or days. It is unsafe, but structurally. That too calls for a report, just not for an emergency response.",
          },
        },
      },
    },
    {
      id = "wegen_bereid", step = "wegen",
      text = {
        nl = "‘Aan het eind zeiden Pieter en Linda allebei dat ze hulp willen,’ zegt Karin. Youssef knikt: ‘Ik kan volgende week beginnen.’ Karin kijkt je aan. ‘Verandert dat iets aan onze weging?’",
        en = "‘At the end, Pieter and Linda both said they want help,’ says Karin. Youssef nods: ‘I can start next week.’ Karin looks at you. ‘Does that change our assessment?’",
      },
      choices = {
        {
          text = {
            nl = "Ja. Pieter heeft spijt en belooft te stoppen; daarmee is het risico voor Suzan een stuk kleiner.",
            en = "Yes. Pieter is sorry and promises to stop; that makes the risk to Suzan a good deal smaller.",
          },
          next = "besluit", points = 0, mistake = "partnergeweld_onderschatten",
          feedback = {
            nl = "Pieter beloofde dat eerder ook, en het gebeurde toch weer: geweld stopt zelden vanzelf. Een belofte verandert niets aan wat Suzan al maanden meemaakt.",
            en = "Pieter promised that before, and it happened again: violence rarely stops by itself. A promise does not change what Suzan has been living through for months.",
          },
        },
        {
          text = {
            nl = "We twijfelen. We vragen Veilig Thuis om advies, zonder namen te noemen.",
            en = "We are in doubt. We ask Veilig Thuis for advice, without giving names.",
          },
          next = "vt_advies", points = 2, actors = { "veilig_thuis" },
          feedback = {
            nl = "Een adviesvraag, ook zonder namen, kan altijd. Maar in het onderwijs betekent ‘ja’ of ‘twijfel’ bij de vraag of er acute of structurele onveiligheid is: melden. Twijfel is dus geen reden om de melding uit te stellen, en hier valt weinig te twijfelen: wat Suzan vertelde, wijst al op structurele onveiligheid.",
            en = "Asking for advice, without names too, is always possible. But in education, ‘yes’ or ‘in doubt’ at the question whether there is acute or structural unsafety means: report. So doubt is no reason to put off the report, and there is little doubt here: what Suzan told you already points to structural unsafety.",
          },
        },
        {
          text = {
            nl = "Nee. Hun bereidheid maakt hulp kansrijk, maar Suzan blijft een kind dat herhaaldelijk geweld tussen haar ouders meemaakt.",
            en = "No. Their willingness makes help promising, but Suzan is still a child who keeps witnessing violence between her parents.",
          },
          next = "besluit", points = 3,
          feedback = {
            nl = "Juist. Bereidheid tot hulp is goed nieuws voor de hulp, niet voor de weging: de onveiligheid is er nog. Eerst beslis je over melden, dan over hulp.",
            en = "Right. Willingness to accept help is good news for the help, not for the assessment: the unsafety is still there. First you decide about reporting, then about help.",
          },
        },
      },
    },
    {
      id = "vt_advies", step = "wegen", speaker = "ineke",
      text = {
        nl = "Karin belt Veilig Thuis voor advies, zonder namen. Adviseur Ineke de Boer luistert en is duidelijk. ‘Een kind dat herhaaldelijk geweld tussen haar ouders meemaakt, is structureel onveilig. Dan melden jullie. En ook als een school twijfelt of het acuut of structureel onveilig is, geldt in het onderwijs: melden. Fijn dat het buurtteam klaarstaat: die hulp kan er goed naast, dat bepalen we dan samen.’",
        en = "Karin calls Veilig Thuis for advice, without names. Adviser Ineke de Boer listens and is clear. ‘A child who repeatedly witnesses violence between her parents is structurally unsafe. Then you report. And even when a school is in doubt whether it is acutely or structurally unsafe, the rule in education is: report. Good that the neighbourhood team is ready: that help can go alongside it, and we decide that together.’",
      },
      next = "besluit",
    },

    ---------------------------------------------------------------- 5. beslissen
    {
      id = "besluit", step = "beslissen", speaker = "karin",
      text = {
        nl = "Karin heeft de directeur ingelicht. ‘De weging is helder,’ zegt ze. ‘Nu twee besluiten, in deze volgorde. Eén: moeten we melden? Twee: kunnen we daarnaast hulp bieden of organiseren?’ Wat besluiten jullie?",
        en = "Karin has informed the head teacher. ‘The assessment is clear,’ she says. ‘Now two decisions, in this order. One: must we report? Two: can we also offer or organise help?’ What do you decide?",
      },
      choices = {
        {
          text = {
            nl = "Het gezin wil hulp: we verwijzen naar het buurtteam. Melden is dan niet nodig, en de band met de ouders blijft goed.",
            en = "The family wants help: we refer them to the neighbourhood team. Then there is no need to report, and our relationship with the parents stays good.",
          },
          next = "alleen_bt_verloop", points = -3, actors = { "buurtteam" },
          critical = { id = "alleen_buurtteam_bij_onveiligheid" },
          feedback = {
            nl = "Verwijzen naar het buurtteam is hulp organiseren; het vervangt geen melding. Bij structurele onveiligheid meld je bij Veilig Thuis, ook als de ouders hulp willen.",
            en = "Referring to the neighbourhood team is organising help; it does not replace a report. With structural unsafety you report to Veilig Thuis, even when the parents want help.",
          },
        },
        {
          text = {
            nl = "We melden bij Veilig Thuis en organiseren daarnaast hulp via Youssef, met een driehoeksgesprek. Dat stemmen we af met Veilig Thuis.",
            en = "We report to Veilig Thuis and also organise help through Youssef, with a three-way meeting. We coordinate that with Veilig Thuis.",
          },
          next = "anoniem_open", points = 3, actors = { "zorgteam", "veilig_thuis", "buurtteam" },
          feedback = {
            nl = "Juist: structurele onveiligheid betekent melden, en omdat het gezin hulp wil, organiseer je die ook. Hoe de hulp verder gaat, bepaal je samen met Veilig Thuis.",
            en = "Right: structural unsafety means reporting, and because the family wants help, you organise that too. How the help goes on, you decide together with Veilig Thuis.",
          },
        },
        {
          text = {
            nl = "We melden bij Veilig Thuis en laten de hulp verder aan hen over. Daarmee heeft de school haar deel gedaan.",
            en = "We report to Veilig Thuis and leave the help to them. With that the school has done its part.",
          },
          next = "anoniem_open", points = 1, actors = { "zorgteam", "veilig_thuis" }, mistake = "kind_uit_beeld",
          feedback = {
            nl = "Melden is juist, maar het tweede besluit sla je over: kun je ook hulp organiseren? Met Youssef aan tafel kan dat. En na een melding blijft de school betrokken.",
            en = "Reporting is right, but you skip the second decision: can you also organise help? With Youssef at the table you can. And after a report the school stays involved.",
          },
        },
      },
    },
    {
      id = "anoniem_open", step = "beslissen", speaker = "karin",
      text = {
        nl = "‘Ik doe de melding,’ zegt Karin. ‘Wat spreken we af over hoe?’",
        en = "‘I’ll make the report,’ says Karin. ‘What do we agree on how?’",
      },
      choices = {
        {
          text = {
            nl = "Anoniem. Ik wil mijn band met Suzans ouders niet op het spel zetten.",
            en = "Anonymously. I don’t want to put my relationship with Suzan’s parents at risk.",
          },
          next = "ouders_informeren", points = 1, mistake = "anoniem_zonder_reden",
          feedback = {
            nl = "Anoniem melden is er voor als de veiligheid van het kind, het gezin of jezelf in gevaar komt, of als je vertrouwensrelatie echt zou breken. Een lastig gesprek is geen reden; de ouders weten toch al dat de zorgen van school komen.",
            en = "Reporting anonymously is for when the safety of the child, the family or yourself is at risk, or when your relationship of trust would truly break. A difficult conversation is no reason; the parents already know the concerns come from the school.",
          },
        },
        {
          text = {
            nl = "Open, namens de school. Karin meldt en ik lever mijn gedateerde aantekeningen aan.",
            en = "Openly, on behalf of the school. Karin reports and I hand over my dated notes.",
          },
          next = "ouders_informeren", points = 3, condition = { feiten = true },
          feedback = {
            nl = "Goed: open melden is de regel. Je aantekeningen geven Veilig Thuis feiten met data, en Veilig Thuis kan de school later terugkoppelen wat het doet.",
            en = "Good: reporting openly is the rule. Your notes give Veilig Thuis dated facts, and Veilig Thuis can later let the school know what it is doing.",
          },
        },
        {
          text = {
            nl = "Open, namens de school. Karin meldt. Ik schrijf alsnog op wat ik zag, al weet ik van eind september de details niet meer precies.",
            en = "Openly, on behalf of the school. Karin reports. I write down what I saw after all, though I no longer remember the details from late September.",
          },
          next = "ouders_informeren", points = 3, condition = { feiten = false },
          feedback = {
            nl = "Open melden is goed. Maar nu merk je wat ontbrekende aantekeningen kosten: Veilig Thuis heeft feiten met data nodig, geen indrukken of vage herinneringen.",
            en = "Reporting openly is good. But now you feel what missing notes cost: Veilig Thuis needs dated facts, not impressions or vague memories.",
          },
        },
        {
          text = {
            nl = "We vragen eerst Suzan of zij het goedvindt dat we melden.",
            en = "First we ask Suzan whether she agrees to us reporting.",
          },
          next = "ouders_informeren", points = 0,
          feedback = {
            nl = "Suzan hoort vooraf van je dat je meldt, maar je legt het besluit niet bij een kind van veertien: dan wordt zij medeverantwoordelijk tegenover haar ouders.",
            en = "Suzan hears from you beforehand that you are reporting, but you do not put the decision on a fourteen-year-old: that makes her share the responsibility towards her parents.",
          },
        },
      },
    },
    {
      id = "ouders_informeren", step = "beslissen",
      text = {
        nl = "Je hebt Suzan verteld wat de school gaat doen. Ze was stil, en vroeg toen: ‘Komt het dan goed?’ Nu haar ouders. Hoe pakken Karin en jij dat aan?",
        en = "You have told Suzan what the school is going to do. She was quiet, then asked: ‘Will it be all right then?’ Now her parents. How do Karin and you go about it?",
      },
      choices = {
        {
          text = {
            nl = "We vragen Pieter en Linda of ze het goedvinden dat we melden. Zonder hun steun wordt het toch niets.",
            en = "We ask Pieter and Linda whether they agree to us reporting. Without their support it won’t work anyway.",
          },
          next = "toestemming_nee", points = 0, mistake = "toestemming_vragen_melden",
          feedback = {
            nl = "Je informeert ouders vooraf, maar je vraagt geen toestemming: de school mag Veilig Thuis ook zonder toestemming informeren. Wie toestemming vraagt en dan toch meldt, beschadigt het vertrouwen extra.",
            en = "You inform parents beforehand, but you do not ask permission: the school may inform Veilig Thuis without consent. Asking permission and then reporting anyway does extra damage to trust.",
          },
        },
        {
          text = {
            nl = "We zeggen niets. Veilig Thuis neemt toch contact met ze op, en dan hoeven wij die boosheid niet op te vangen.",
            en = "We say nothing. Veilig Thuis will contact them anyway, and then we don’t have to deal with their anger.",
          },
          next = "brief", points = 0,
          feedback = {
            nl = "Ouders hoor je vooraf te vertellen dat je meldt, tenzij dat het kind of anderen in gevaar brengt. Daar is hier geen sprake van. Horen ze het van een ander, dan voelen ze zich verraden.",
            en = "Parents should be told beforehand that you are reporting, unless that would put the child or others in danger. That is not the case here. If they hear it from someone else, they feel betrayed.",
          },
        },
        {
          text = {
            nl = "We vertellen het ze vooraf, op school: dát we melden, waarom, en wat Veilig Thuis gaat doen. Om toestemming vragen we niet.",
            en = "We tell them beforehand, at school: that we are reporting, why, and what Veilig Thuis will do. We do not ask their permission.",
          },
          next = "pieter_boos", points = 3,
          feedback = {
            nl = "Juist: vooraf informeren, uitleggen en ruimte geven voor hun reactie, zonder om toestemming te vragen. Zo horen ze het van jullie en blijft de deur naar hulp open.",
            en = "Right: inform them beforehand, explain, and leave room for their reaction, without asking permission. That way they hear it from you and the door to help stays open.",
          },
        },
      },
    },
    {
      id = "toestemming_nee", step = "beslissen", speaker = "pieter",
      text = {
        nl = "Pieter schuift zijn stoel naar achteren. ‘Nee. Natuurlijk vinden we dat niet goed.’\n\nKarin legt uit dat de school geen toestemming nodig heeft en toch gaat melden. Pieter lacht schamper. ‘Waarom vraagt u het dan?’",
        en = "Pieter pushes his chair back. ‘No. Of course we don’t agree.’\n\nKarin explains that the school does not need permission and will report anyway. Pieter gives a scornful laugh. ‘Then why ask?’",
      },
      next = "pieter_boos",
    },
    {
      id = "pieter_boos", step = "beslissen", speaker = "pieter",
      text = {
        nl = "Pieter wordt rood. ‘We zeiden toch dat we meewerken? En dan gaan jullie ons melden? Dan hoeft het voor mij niet meer. Geen buurtteam, niks.’ Linda kijkt naar de grond.",
        en = "Pieter goes red. ‘We said we’d cooperate, didn’t we? And now you’re reporting us? Then I’m done. No neighbourhood team, nothing.’ Linda stares at the floor.",
      },
      choices = {
        {
          text = {
            nl = "‘Als u belooft mee te werken met het buurtteam, zien we van de melding af.’",
            en = "‘If you promise to work with the neighbourhood team, we won’t report.’",
          },
          next = "alleen_bt_verloop", points = -3,
          critical = { id = "alleen_buurtteam_bij_onveiligheid" },
          feedback = {
            nl = "Een melding is geen ruilmiddel. Bij structurele onveiligheid meld je, ook als de ouders hulp aanvaarden; het buurtteam is hulp, geen vervanging van Veilig Thuis.",
            en = "A report is not a bargaining chip. With structural unsafety you report, even when the parents accept help; the neighbourhood team is help, not a substitute for Veilig Thuis.",
          },
        },
        {
          text = {
            nl = "Ik blijf rustig en erken dat dit hard aankomt. De melding is er voor Suzan; hulp van Youssef is hun kans om het zelf weer goed te krijgen.",
            en = "I stay calm and acknowledge that this hits hard. The report is there for Suzan; help from Youssef is their chance to put things right themselves.",
          },
          next = "vt_belt", points = 3,
          feedback = {
            nl = "Goed: boosheid is een gewone eerste reactie op een melding. Je blijft bij je besluit én houdt de deur naar hulp open. Melden en helpen gaan samen.",
            en = "Good: anger is a normal first reaction to a report. You stand by your decision and keep the door to help open. Reporting and helping go together.",
          },
        },
        {
          text = {
            nl = "‘Dan niet. Veilig Thuis zoekt het verder wel uit.’",
            en = "‘Fine. Veilig Thuis will sort it out from here.’",
          },
          next = "afgehaakt", points = 0, mistake = "kind_uit_beeld",
          feedback = {
            nl = "Als je de deur nu dichtdoet, verliest Suzan de kans op hulp dichtbij. Ook na een melding blijft de school uitnodigen en betrokken.",
            en = "If you close the door now, Suzan loses the chance of help close to home. Even after a report the school keeps inviting, and stays involved.",
          },
        },
      },
    },
    {
      id = "vt_belt", step = "beslissen",
      text = {
        nl = "Pieter zucht diep. ‘Goed dan. Dat gesprek.’ Linda pakt zijn hand. Karin doet dezelfde middag de melding.\n\nTwee dagen later belt Ineke de Boer van Veilig Thuis. ‘Dank voor jullie zorgvuldige melding. Binnen vijf werkdagen maken wij een veiligheidsbeoordeling en spreken we de ouders en Suzan. Dat Youssef al betrokken is, is goed nieuws: als het gezin meewerkt, kan de hulp daar liggen, met duidelijke afspraken over veiligheid. Zet het driehoeksgesprek door.’",
        en = "Pieter sighs deeply. ‘All right then. That meeting.’ Linda takes his hand. Karin makes the report that same afternoon.\n\nTwo days later Ineke de Boer of Veilig Thuis calls. ‘Thank you for a careful report. Within five working days we make a safety assessment and talk with the parents and Suzan. That Youssef is already involved is good news: if the family cooperates, the help can sit there, with clear agreements on safety. Go ahead with the three-way meeting.’",
      },
      next = "driehoek",
    },
    {
      id = "driehoek", step = "beslissen",
      text = {
        nl = "Aan tafel: Pieter, Linda, Suzan, Youssef, Karin en jij. Pieter is gekomen, met lood in zijn schoenen; dat zie je aan hoe hij op het puntje van zijn stoel zit. Dit is het driehoeksgesprek: school, gezin en buurtteam. Hoe leid jij het?",
        en = "Around the table: Pieter, Linda, Suzan, Youssef, Karin and you. Pieter has come, with a heavy heart; you can tell from how he perches on the edge of his chair. This is the three-way meeting: school, family and neighbourhood team. How do you lead it?",
      },
      choices = {
        {
          text = {
            nl = "Ik zet de zorgen in feiten op tafel, Youssef vertelt wat het buurtteam doet, het gezin stemt in, en we spreken af wie wat doet en wanneer we evalueren.",
            en = "I put the concerns on the table as facts, Youssef explains what the neighbourhood team does, the family agrees, and we settle who does what and when we review.",
          },
          next = "zes_weken", points = 3, actors = { "buurtteam" },
          feedback = {
            nl = "Zo hoort een driehoeksgesprek: de zorgen op tafel, instemming van het gezin en concrete afspraken. Vanaf nu is het buurtteam verantwoordelijk voor de hulp; de school blijft betrokken.",
            en = "That is how a three-way meeting should go: the concerns on the table, the family’s consent and concrete agreements. From now on the neighbourhood team is responsible for the help; the school stays involved.",
          },
        },
        {
          text = {
            nl = "Ik houd het luchtig zodat Pieter niet afhaakt. Over thuis zeg ik weinig; het gaat vooral over Suzans cijfers.",
            en = "I keep it light so Pieter doesn’t walk out. I say little about home; it’s mainly about Suzan’s grades.",
          },
          next = "terugval", points = 1, actors = { "buurtteam" },
          feedback = {
            nl = "Begrijpelijk dat je Pieter wilt sparen, maar hulp werkt alleen als iedereen weet waarvoor ze er is. Zonder de zorgen op tafel kan Youssef niet gericht aan veiligheid werken.",
            en = "Understandable that you want to spare Pieter, but help only works when everyone knows what it is for. Without the concerns on the table Youssef cannot work on safety.",
          },
        },
        {
          text = {
            nl = "Ik draag het gezin over aan Youssef en ga na de kennismaking weg. Vanaf nu is het zijn werk.",
            en = "I hand the family over to Youssef and leave after the introductions. From now on it’s his job.",
          },
          next = "zes_weken", points = 0, actors = { "buurtteam" }, mistake = "kind_uit_beeld",
          feedback = {
            nl = "Het buurtteam neemt de hulp over, maar in het driehoeksgesprek brengt de school zelf de zorgen in, en daarna blijf je betrokken: jij ziet Suzan elke dag en merkt het eerst als het weer misgaat.",
            en = "The neighbourhood team takes over the help, but in the three-way meeting the school itself brings in the concerns, and afterwards you stay involved: you see Suzan every day and will be the first to notice if things go wrong again.",
          },
        },
      },
    },
    {
      id = "zes_weken", step = "beslissen",
      text = {
        nl = "Begin december. Suzan lacht weer in de les; haar laatste betoog is een 7,2. Youssef komt wekelijks bij het gezin, en Pieter leert bij hem herkennen wanneer zijn boosheid oploopt en wat hij dan kan doen.\n\nVeilig Thuis heeft na de veiligheidsbeoordeling de hulp bij het buurtteam belegd, met afspraken over veiligheid, en heeft de school dat schriftelijk laten weten. Karin vraagt wat je nu met Suzans dossier doet.",
        en = "Early December. Suzan laughs in class again; her latest essay got a 7.2. Youssef visits the family every week, and with him Pieter is learning to notice when his anger is building and what he can do then.\n\nAfter its safety assessment Veilig Thuis has placed the help with the neighbourhood team, with agreements on safety, and has informed the school in writing. Karin asks what you will do with Suzan’s file now.",
      },
      next = "opvolgen",
    },
    {
      id = "opvolgen", step = "beslissen",
      text = {
        nl = "Het gaat beter met Suzan. Wat doe je als mentor vanaf nu?",
        en = "Suzan is doing better. What do you do as her mentor from now on?",
      },
      choices = {
        {
          text = {
            nl = "Ik sluit het dossier. Veilig Thuis en het buurtteam hebben het overgenomen, en het gaat goed.",
            en = "I close the file. Veilig Thuis and the neighbourhood team have taken over, and things are going well.",
          },
          next = "einde_samen", points = 0, mistake = "kind_uit_beeld",
          feedback = {
            nl = "Na een melding en doorverwijzing blijft de school betrokken. Geweld komt vaak terug; jij bent degene die het als eerste merkt.",
            en = "After a report and referral the school stays involved. Violence often comes back; you are the one who will notice first.",
          },
        },
        {
          text = {
            nl = "Ik vraag de Raad voor de Kinderbescherming om een onderzoek, zodat het zeker niet opnieuw gebeurt.",
            en = "I ask the Child Protection Board for an investigation, to make sure it never happens again.",
          },
          next = "einde_samen", points = 0, mistake = "zelf_naar_raad",
          feedback = {
            nl = "De school gaat niet zelf naar de Raad: die wordt ingeschakeld door Veilig Thuis of het SAVE-team, als vrijwillige hulp niet genoeg is. Hier werkt de hulp juist.",
            en = "The school does not go to the Board itself: the Board is brought in by Veilig Thuis or the SAVE team, when voluntary help is not enough. Here the help is working.",
          },
        },
        {
          text = {
            nl = "Ik blijf Suzan volgen: af en toe een kort gesprek, signalen blijven vastleggen, en met Youssef afspreken wanneer we elkaar bijpraten.",
            en = "I keep following Suzan: a short chat now and then, keep recording signs, and agree with Youssef when we update each other.",
          },
          next = "einde_samen", points = 3,
          feedback = {
            nl = "Goed: de school blijft betrokken. Zie je nieuwe signalen, dan doorloop je de stappen opnieuw en zoek je Youssef en Veilig Thuis op.",
            en = "Good: the school stays involved. If you see new signs, you go through the steps again and contact Youssef and Veilig Thuis.",
          },
        },
      },
    },

    ---------------------------------------------------------------- help falls short: SAVE
    {
      id = "terugval", step = "beslissen",
      text = {
        nl = "Januari. Youssef vertelt dat Pieter twee afspraken heeft afgezegd: ‘Het gaat toch prima?’ Suzan komt weer te laat en schrikt weer van harde geluiden. Op 13 januari zegt ze na de les, heel zacht: ‘Het is weer begonnen.’ Meer wil ze niet zeggen.\n\nDe hulp loopt, maar Suzan is niet veiliger geworden.",
        en = "January. Youssef tells you Pieter has cancelled two appointments: ‘Things are fine, aren’t they?’ Suzan is arriving late again and startling at loud noises again. On 13 January, after class, she says very quietly: ‘It’s started again.’ She won’t say more.\n\nThe help is running, but Suzan has not become any safer.",
      },
      next = "terugval_besluit",
    },
    {
      id = "terugval_besluit", step = "beslissen",
      text = {
        nl = "Je noteert wat Suzan zei, met datum, en denkt na over je volgende stap.",
        en = "You write down what Suzan said, with the date, and think about your next step.",
      },
      choices = {
        {
          text = {
            nl = "Ik wacht af. Het buurtteam is betrokken en Veilig Thuis weet ervan; het is nu hun zaak.",
            en = "I wait. The neighbourhood team is involved and Veilig Thuis knows; it is their business now.",
          },
          next = "einde_save", points = 0, mistake = "kind_uit_beeld",
          feedback = {
            nl = "Als de hulp niet werkt, doorloop je de stappen opnieuw. Het buurtteam en Veilig Thuis zien Suzan niet elke dag; jij wel.",
            en = "When the help does not work, you go through the steps again. The neighbourhood team and Veilig Thuis do not see Suzan every day; you do.",
          },
        },
        {
          text = {
            nl = "Ik bel zelf de Raad voor de Kinderbescherming: dit gezin heeft een zwaardere aanpak nodig.",
            en = "I call the Child Protection Board myself: this family needs a firmer approach.",
          },
          next = "einde_save", points = 0, mistake = "zelf_naar_raad",
          feedback = {
            nl = "De Raad bereik je niet zelf, maar via Veilig Thuis of het SAVE-team. Die kunnen de Raad inschakelen als vrijwillige hulp tekortschiet.",
            en = "You do not go to the Board yourself, but through Veilig Thuis or the SAVE team. They can bring in the Board when voluntary help falls short.",
          },
        },
        {
          text = {
            nl = "Ik bespreek het meteen met Karin. We laten Youssef en Veilig Thuis weten dat de hulp niet werkt en vragen het SAVE-team in te schakelen.",
            en = "I discuss it with Karin straight away. We tell Youssef and Veilig Thuis that the help is not working and ask them to bring in the SAVE team.",
          },
          next = "einde_save", points = 3, actors = { "zorgteam", "save" },
          feedback = {
            nl = "Juist: de hulp brengt niet op tijd veiligheid, dus de school trekt opnieuw aan de bel. Het SAVE-team is er voor als vrijwillige hulp niet genoeg, niet snel genoeg of niet stabiel genoeg is.",
            en = "Right: the help is not bringing safety in time, so the school raises the alarm again. The SAVE team is there for when voluntary help is not enough, not fast enough or not stable enough.",
          },
        },
      },
    },

    ---------------------------------------------------------------- parents refuse help
    {
      id = "brief", step = "beslissen", speaker = "pieter",
      text = {
        nl = "Karin meldt. Een week later neemt Veilig Thuis contact op met Pieter en Linda. Diezelfde middag belt Pieter woedend naar school. ‘Achter onze rug om! En dan zouden wij met jullie buurtteam moeten praten?’\n\nLinda zegt het driehoeksgesprek af. Suzan komt de volgende dag met rode ogen op school.",
        en = "Karin makes the report. A week later Veilig Thuis contacts Pieter and Linda. That same afternoon Pieter phones the school, furious. ‘Behind our backs! And now we’re supposed to talk to your neighbourhood team?’\n\nLinda cancels the three-way meeting. The next day Suzan arrives at school with red eyes.",
      },
      next = "weigering_na_melding",
    },
    {
      id = "afgehaakt", step = "beslissen",
      text = {
        nl = "Pieter staat op en loopt weg. Linda aarzelt, kijkt naar Suzan en gaat hem achterna. Karin doet die middag de melding.\n\nDe volgende dag mailt Linda: ‘Wij willen geen gesprek met het buurtteam. We lossen het zelf op.’",
        en = "Pieter stands up and walks out. Linda hesitates, looks at Suzan and follows him. Karin makes the report that afternoon.\n\nThe next day Linda emails: ‘We don’t want a meeting with the neighbourhood team. We’ll sort it out ourselves.’",
      },
      next = "weigering_na_melding",
    },
    {
      id = "weigering_na_melding", step = "beslissen", speaker = "youssef",
      text = {
        nl = "De melding ligt bij Veilig Thuis. Pieter en Linda willen geen hulp van het buurtteam. ‘Zonder hun instemming kan ik niets,’ zegt Youssef.",
        en = "The report is with Veilig Thuis. Pieter and Linda want no help from the neighbourhood team. ‘Without their consent I can’t do anything,’ says Youssef.",
      },
      choices = {
        {
          text = {
            nl = "Ik vraag Youssef toch langs te gaan. Als hij eenmaal binnen is, draaien ze wel bij.",
            en = "I ask Youssef to drop by anyway. Once he’s through the door, they’ll come round.",
          },
          next = "einde_geweigerd", points = 0, actors = { "buurtteam" },
          feedback = {
            nl = "Het buurtteam helpt alleen met instemming van het gezin. Als ouders weigeren, is de enige weg Veilig Thuis, dat andere mogelijkheden heeft.",
            en = "The neighbourhood team only helps with the family’s consent. When parents refuse, the only way left is Veilig Thuis, which has other powers.",
          },
        },
        {
          text = {
            nl = "Ik leg het bij de Raad voor de Kinderbescherming neer. Die kan ouders verplichten hulp te aanvaarden.",
            en = "I take it to the Child Protection Board. They can oblige parents to accept help.",
          },
          next = "einde_geweigerd", points = 0, mistake = "zelf_naar_raad",
          feedback = {
            nl = "De school gaat niet zelf naar de Raad. Veilig Thuis weegt of de Raad nodig is, en schakelt hem zo nodig in.",
            en = "The school does not go to the Board itself. Veilig Thuis weighs whether the Board is needed, and brings it in if so.",
          },
        },
        {
          text = {
            nl = "Karin laat Veilig Thuis weten dat de ouders de hulp weigeren. Ik blijf Suzan op school volgen en geef nieuwe signalen door.",
            en = "Karin tells Veilig Thuis that the parents refuse help. I keep following Suzan at school and pass on any new signs.",
          },
          next = "einde_geweigerd", points = 3, actors = { "zorgteam", "veilig_thuis" },
          feedback = {
            nl = "Goed: als hulp wordt geweigerd, blijft alleen de weg via Veilig Thuis over, en dat moet Veilig Thuis weten voor zijn onderzoek. Jij blijft Suzans vaste punt op school.",
            en = "Good: when help is refused, only the route through Veilig Thuis is left, and Veilig Thuis needs to know that for its investigation. You remain Suzan’s steady point at school.",
          },
        },
      },
    },
    {
      id = "weigering_voor_melding", step = "beslissen", speaker = "karin",
      text = {
        nl = "Pieter wil geen gesprek en geen buurtteam. Suzan is twee dagen afwezig geweest en zegt niets meer. Karin legt de feiten nog eens op tafel. ‘We moeten nu beslissen.’ Wat besluit de school?",
        en = "Pieter wants no meeting and no neighbourhood team. Suzan has been absent for two days and no longer says anything. Karin lays out the facts once more. ‘We have to decide now.’ What does the school decide?",
      },
      choices = {
        {
          text = {
            nl = "We geven het tijd. Als de rust is teruggekeerd, proberen we het over een paar weken opnieuw.",
            en = "We give it time. Once things have calmed down, we’ll try again in a few weeks.",
          },
          next = "toch_gemeld", points = 0, mistake = "wachten_tweede_signaal",
          feedback = {
            nl = "Suzan is structureel onveilig, en sinds je telefoontje weet haar vader dat ze praatte. Wachten maakt het alleen maar riskanter; dit vraagt om een melding, vandaag.",
            en = "Suzan is structurally unsafe, and since your phone call her father knows she talked. Waiting only adds to the risk; this calls for a report, today.",
          },
        },
        {
          text = {
            nl = "We melden vandaag bij Veilig Thuis, vertellen over het telefoontje en Suzans afwezigheid, en overleggen met Veilig Thuis hoe de ouders het horen.",
            en = "We report to Veilig Thuis today, tell them about the phone call and Suzan’s absence, and agree with Veilig Thuis how the parents will be told.",
          },
          next = "einde_geweigerd", points = 3, actors = { "zorgteam", "veilig_thuis" },
          feedback = {
            nl = "Juist: structurele onveiligheid én geweigerde hulp, dus melden. Omdat de situatie gespannen is, bepaal je met Veilig Thuis hoe en wanneer de ouders worden ingelicht.",
            en = "Right: structural unsafety and help refused, so you report. Because things are tense, you decide with Veilig Thuis how and when the parents are told.",
          },
        },
        {
          text = {
            nl = "Youssef gaat onaangekondigd bij het gezin langs om te zien hoe het er thuis aan toe gaat.",
            en = "Youssef calls on the family unannounced to see what things are like at home.",
          },
          next = "toch_gemeld", points = -3, actors = { "buurtteam" },
          critical = { id = "alleen_buurtteam_bij_onveiligheid" },
          feedback = {
            nl = "Het buurtteam werkt met instemming van het gezin, en poolshoogte nemen is onderzoek, geen hulp. Bij structurele onveiligheid en geweigerde hulp is Veilig Thuis de weg.",
            en = "The neighbourhood team works with the family’s consent, and checking up on them is investigation, not help. With structural unsafety and refused help, Veilig Thuis is the way.",
          },
        },
      },
    },
    {
      id = "toch_gemeld", step = "beslissen", speaker = "karin",
      text = {
        nl = "Twee dagen later hakt Karin de knoop door. ‘Dit kunnen we niet laten liggen.’ Ze meldt bij Veilig Thuis, met jouw aantekeningen en het verhaal van het telefoontje. Kostbare dagen zijn voorbijgegaan.",
        en = "Two days later Karin makes the call. ‘We can’t leave this.’ She reports to Veilig Thuis, with your notes and the story of the phone call. Precious days have gone by.",
      },
      next = "einde_geweigerd",
    },

    ---------------------------------------------------------------- only the buurtteam
    {
      id = "alleen_bt_verloop", step = "beslissen",
      text = {
        nl = "Er wordt niet gemeld. Youssef begint met het gezin. Pieter komt naar de eerste twee gesprekken; daarna zegt hij af. ‘Het gaat nu prima.’ Linda durft niet zonder hem.\n\nOp maandag 19 januari is Suzan er niet. De volgende dag vertelt ze dat ze bij haar oma heeft geslapen. ‘Papa sloeg mama weer. Ik ging ertussen staan.’ Youssef heeft Pieter al drie weken niet gezien.",
        en = "No report is made. Youssef starts working with the family. Pieter comes to the first two sessions, then cancels. ‘Things are fine now.’ Linda does not dare go without him.\n\nOn Monday 19 January Suzan is absent. The next day she tells you she slept at her grandmother’s. ‘Dad hit Mum again. I got in between.’ Youssef has not seen Pieter for three weeks.",
      },
      next = "alleen_bt_later",
    },
    {
      id = "alleen_bt_later", step = "beslissen",
      text = {
        nl = "Suzan blijft deze week bij haar oma. Karin en Youssef zitten bij je. Wat nu?",
        en = "Suzan is staying with her grandmother this week. Karin and Youssef are with you. What now?",
      },
      choices = {
        {
          text = {
            nl = "Vandaag nog melden bij Veilig Thuis, met alles wat we hebben vastgelegd, en Pieter en Linda vooraf laten weten dat we dat doen.",
            en = "Report to Veilig Thuis today, with everything we have recorded, and let Pieter and Linda know beforehand that we are doing so.",
          },
          next = "einde_te_laat", points = 3, actors = { "zorgteam", "veilig_thuis" },
          feedback = {
            nl = "Juist, en eigenlijk te laat: deze melding hoorde er in oktober al te zijn. Suzan kwam nu zelf tussen haar ouders in; daar wacht je niet langer mee.",
            en = "Right, and really too late: this report belonged in October. Suzan has now stepped between her parents herself; you do not wait any longer.",
          },
        },
        {
          text = {
            nl = "Youssef probeert het nog één keer met Pieter. Lukt dat niet, dan melden we alsnog.",
            en = "Youssef tries one more time with Pieter. If that fails, we report after all.",
          },
          next = "youssef_meldt", points = -3, mistake = "wachten_tweede_signaal",
          critical = { id = "alleen_buurtteam_bij_onveiligheid" },
          feedback = {
            nl = "Een kind dat tussen vechtende ouders gaat staan, is een ernstig signaal: dan wacht je niet. De hulp heeft niet gewerkt; nu moet Veilig Thuis erbij.",
            en = "A child stepping between fighting parents is a serious sign: you do not wait. The help has not worked; now Veilig Thuis has to come in.",
          },
        },
      },
    },
    {
      id = "youssef_meldt", step = "beslissen", speaker = "youssef",
      text = {
        nl = "Pieter neemt niet op. Twee dagen later belt Youssef je. ‘Ik heb zelf gemeld bij Veilig Thuis. Zonder medewerking kan ik niets meer, en Suzan kan niet langer wachten.’",
        en = "Pieter doesn’t answer. Two days later Youssef calls you. ‘I’ve reported to Veilig Thuis myself. Without cooperation there’s nothing more I can do, and Suzan can’t wait any longer.’",
      },
      next = "einde_te_laat",
    },

    ---------------------------------------------------------------- acute: waiting leads to a crisis
    {
      id = "crisis_begin", step = "consultatie", speaker = "suzan",
      text = {
        nl = "Maandag 3 november, kwart over drie. Suzan blijft na het laatste uur zitten. Ze heeft naast haar schooltas een volle sporttas bij zich. ‘Ik durf niet naar huis.’\n\nGisteravond gooide haar vader een stoel door de kamer. Haar moeder viel tegen de deurpost en bloedde uit haar wenkbrauw. ‘Mama zei dat ik gewoon naar school moest.’ Ze laat haar telefoon zien. Een appje van papa: ‘Jij komt NU naar huis.’",
        en = "Monday 3 November, quarter past three. Suzan stays in her seat after the last lesson. Next to her school bag she has a full sports bag. ‘I don’t dare go home.’\n\nLast night her father threw a chair across the room. Her mother fell against the door frame and her eyebrow was bleeding. ‘Mum said I should just go to school.’ She shows you her phone. A text from Dad: ‘You come home NOW.’",
      },
      choices = {
        {
          text = {
            nl = "Ik bel Pieter dat Suzan nog even op school blijft, en vraag hem wat er gisteravond is gebeurd.",
            en = "I phone Pieter to say Suzan is staying at school a little longer, and ask him what happened last night.",
          },
          next = "crisis_pieter_komt", points = -3,
          critical = { id = "ouders_confronteren_onveilig" },
          feedback = {
            nl = "Nu weet Pieter dat Suzan heeft gepraat, terwijl ze straks naar huis moet. In een acute situatie confronteer je de ouders niet: je schakelt direct Veilig Thuis in, en dat bepaalt hoe de ouders worden benaderd.",
            en = "Now Pieter knows Suzan has talked, while she is due home soon. In an acute situation you do not confront the parents: you bring in Veilig Thuis straight away, and it decides how the parents are approached.",
          },
        },
        {
          text = {
            nl = "Ik houd Suzan bij me, haal Karin erbij en we bellen samen meteen Veilig Thuis. Is er direct levensgevaar, dan bellen we 112.",
            en = "I keep Suzan with me, fetch Karin, and together we call Veilig Thuis at once. If a life is in immediate danger, we call 112.",
          },
          next = "crisis_gesprek", points = 3, actors = { "zorgteam", "veilig_thuis" },
          feedback = {
            nl = "Juist: dit is een ernstig signaal, en de veiligheid voor vanavond is niet gegarandeerd. Veilig Thuis is dag en nacht bereikbaar en kan direct in actie komen. Suzan gaat niet naar huis voordat er een plan is.",
            en = "Right: this is a serious sign, and her safety tonight is not guaranteed. Veilig Thuis can be reached day and night and can act at once. Suzan does not go home until there is a plan.",
          },
        },
        {
          text = {
            nl = "Ik regel dat ze vannacht bij Noor kan slapen, en bespreek het morgenochtend met Karin.",
            en = "I arrange for her to sleep at Noor’s tonight, and discuss it with Karin tomorrow morning.",
          },
          next = "crisis_nacht", points = -3, mistake = "wachten_tweede_signaal",
          critical = { id = "alleen_handelen" },
          feedback = {
            nl = "Goed bedoeld, maar je regelt het zelf en schuift het besluit een nacht op. Ook haar moeder is vanavond thuis. Bij een ernstig signaal bel je nu, samen met Karin, Veilig Thuis.",
            en = "Well meant, but you arrange it yourself and put the decision off for a night. Her mother is at home tonight too. With a serious sign you call Veilig Thuis now, together with Karin.",
          },
        },
        {
          text = {
            nl = "Ik vraag Youssef van het buurtteam of hij vanavond bij het gezin langs kan gaan.",
            en = "I ask Youssef from the neighbourhood team whether he can visit the family tonight.",
          },
          next = "crisis_bt", points = -3, actors = { "buurtteam" },
          critical = { id = "alleen_buurtteam_bij_onveiligheid" },
          feedback = {
            nl = "Het buurtteam is er voor vrijwillige hulp, niet voor een crisis. Bij acute onveiligheid meld je direct bij Veilig Thuis, dat 24 uur per dag kan ingrijpen.",
            en = "The neighbourhood team is for voluntary help, not for a crisis. With acute unsafety you report to Veilig Thuis at once; it can step in 24 hours a day.",
          },
        },
      },
    },
    {
      id = "crisis_pieter_komt", step = "consultatie",
      text = {
        nl = "Pieter hangt op zonder iets te zeggen. Twintig minuten later staat hij bij de balie en eist dat Suzan meekomt. Karin neemt Suzan mee naar haar kamer en doet de deur op slot. Als Pieter begint te dreigen, belt de conciërge 112.\n\nDe politie neemt Pieter mee naar buiten en licht Veilig Thuis in. Karin belt Veilig Thuis ook zelf. Suzan zit te trillen op haar stoel.",
        en = "Pieter hangs up without a word. Twenty minutes later he is at reception demanding that Suzan come with him. Karin takes Suzan to her office and locks the door. When Pieter starts making threats, the caretaker calls 112.\n\nThe police take Pieter outside and inform Veilig Thuis. Karin calls Veilig Thuis herself too. Suzan sits shaking in her chair.",
      },
      next = "crisis_gesprek",
    },
    {
      id = "crisis_nacht", step = "consultatie",
      text = {
        nl = "Om half elf ’s avonds belt de moeder van Noor je. Pieter staat voor de deur en wil Suzan ophalen. Ze heeft de deur niet opengedaan en de politie gebeld.\n\nJe slaapt slecht. Om acht uur staat Suzan bij je lokaal, met donkere kringen onder haar ogen. Karin gaat meteen Veilig Thuis bellen.",
        en = "At half past ten that night Noor’s mother calls you. Pieter is at her door wanting to take Suzan home. She has not opened the door and has called the police.\n\nYou sleep badly. At eight the next morning Suzan is waiting at your classroom door, dark rings under her eyes. Karin goes straight off to call Veilig Thuis.",
      },
      next = "crisis_gesprek",
    },
    {
      id = "crisis_bt", step = "consultatie", speaker = "youssef",
      text = {
        nl = "Youssef belt binnen vijf minuten terug. ‘Dit is niet iets voor het buurtteam alleen. Bel nu Veilig Thuis. Ik blijf erbij als jullie dat willen.’\n\nKarin pakt de telefoon.",
        en = "Youssef calls back within five minutes. ‘This isn’t something for the neighbourhood team alone. Call Veilig Thuis now. I’ll stay involved if you want.’\n\nKarin picks up the phone.",
      },
      next = "crisis_gesprek",
    },
    {
      id = "crisis_gesprek", step = "gesprek", speaker = "suzan",
      text = {
        nl = "Karin belt vanuit haar kamer met Veilig Thuis. Jij blijft bij Suzan, die met een beker thee tegenover je zit. ‘Wat gaat er nu gebeuren? Krijgt papa problemen? Zeg alsjeblieft niet dat ik het verteld heb.’",
        en = "Karin is in her office, calling Veilig Thuis. You stay with Suzan, who sits across from you with a mug of tea. ‘What happens now? Will Dad get into trouble? Please don’t say I told you.’",
      },
      choices = {
        {
          text = {
            nl = "‘Ik beloof je dat papa nooit te horen krijgt dat het van jou kwam.’",
            en = "‘I promise Dad will never find out it came from you.’",
          },
          next = "crisis_wegen", points = -3,
          critical = { id = "geheim_beloven" },
          feedback = {
            nl = "Dat kun je niet beloven: Veilig Thuis spreekt straks met haar ouders, en Suzan zal zich bedrogen voelen als haar vader het toch weet. Zeg eerlijk wat je wel weet en wat je wel kunt doen.",
            en = "You cannot promise that: Veilig Thuis will talk with her parents, and Suzan will feel deceived if her father finds out anyway. Say honestly what you do know and what you can do.",
          },
        },
        {
          text = {
            nl = "‘Ik weet niet precies wat er gaat gebeuren. Wel dat we zorgen dat je vannacht veilig bent, en dat ik bij je blijf tot dat geregeld is.’",
            en = "‘I don’t know exactly what will happen. I do know we’ll make sure you’re safe tonight, and that I’ll stay with you until that’s sorted.’",
          },
          next = "crisis_wegen", points = 3,
          feedback = {
            nl = "Goed: eerlijk, geen beloftes die je niet kunt houden, en je biedt wat Suzan nu het meest nodig heeft: rust en iemand die blijft.",
            en = "Good: honest, no promises you cannot keep, and you offer what Suzan needs most right now: calm, and someone who stays.",
          },
        },
        {
          text = {
            nl = "‘Schrijf terwijl we wachten maar precies op wat er gisteravond gebeurd is, dan heeft Veilig Thuis alles.’",
            en = "‘While we wait, write down exactly what happened last night, so Veilig Thuis has everything.’",
          },
          next = "crisis_wegen", points = -3,
          critical = { id = "verhoren" },
          feedback = {
            nl = "Dat is bewijs verzamelen via het kind. Suzan hoeft haar verhaal niet voor te bereiden; Veilig Thuis spreekt haar zelf, op zijn eigen manier. Jij zorgt voor rust.",
            en = "That is gathering evidence through the child. Suzan need not prepare her story; Veilig Thuis will talk with her itself, in its own way. Your job is to keep things calm.",
          },
        },
      },
    },
    {
      id = "crisis_wegen", step = "wegen", speaker = "ineke",
      text = {
        nl = "Karin haalt je erbij. Ineke de Boer van Veilig Thuis staat op de speaker. ‘Vertel eens wat je gezien en gehoord hebt.’ Jij vertelt, feitelijk. ‘Hoe schatten jullie dit zelf in?’",
        en = "Karin calls you in. Ineke de Boer of Veilig Thuis is on speakerphone. ‘Tell me what you have seen and heard.’ You tell her, sticking to the facts. ‘How do you assess this yourselves?’",
      },
      choices = {
        {
          text = {
            nl = "Acuut onveilig: gisteren geweld met letsel, een vader die Suzan meteen thuis wil, en niemand kan garanderen dat het vannacht veilig is.",
            en = "Acutely unsafe: violence with injury yesterday, a father who wants Suzan home right now, and no one can guarantee tonight will be safe.",
          },
          next = "crisis_ouders", points = 3,
          feedback = {
            nl = "Juist: direct fysiek gevaar en geen garantie voor de komende uren. Dat is acute onveiligheid, en dan meld je meteen; de volgende stappen zet je samen met Veilig Thuis.",
            en = "Right: direct physical danger and no guarantee for the hours ahead. That is acute unsafety, so you report at once; the next steps are taken together with Veilig Thuis.",
          },
        },
        {
          text = {
            nl = "Structureel, niet acuut: het geweld was gisteren, nu is het rustig. Het kan wel tot ons zorgoverleg van donderdag.",
            en = "Structural, not acute: the violence was yesterday, it is calm now. It can wait for our care meeting on Thursday.",
          },
          next = "crisis_ouders", points = 0,
          feedback = {
            nl = "Gisteren letsel, vandaag een vader die haar meteen thuis wil: de veiligheid voor de komende uren is niet gegarandeerd. Dat is acuut, en acuut wacht niet op een overleg.",
            en = "Injury yesterday, a father who wants her home right now today: safety for the coming hours is not guaranteed. That is acute, and acute does not wait for a meeting.",
          },
        },
        {
          text = {
            nl = "Het geweld was tussen de ouders. Suzan is zelf niet geraakt, dus voor haar is het vooral heel naar.",
            en = "The violence was between the parents. Suzan was not hurt herself, so for her it is mostly very upsetting.",
          },
          next = "crisis_ouders", points = 0, mistake = "partnergeweld_onderschatten",
          feedback = {
            nl = "Een kind dat ziet hoe haar moeder gewond raakt en niet naar huis durft, is zelf in gevaar. Geweld tussen ouders raakt altijd de kinderen.",
            en = "A child who sees her mother get hurt and does not dare go home is in danger herself. Violence between parents always affects the children.",
          },
        },
      },
    },
    {
      id = "crisis_ouders", step = "beslissen", speaker = "karin",
      text = {
        nl = "‘We komen direct,’ zegt Ineke. ‘Binnen een uur is er een crisismedewerker bij jullie.’ Karin legt de telefoon neer. ‘De regel is dat we ouders vooraf vertellen dat we melden. Moeten we Pieter en Linda nu bellen?’",
        en = "‘We’re coming straight away,’ says Ineke. ‘A crisis worker will be with you within the hour.’ Karin puts the phone down. ‘The rule is that we tell parents beforehand that we are reporting. Should we call Pieter and Linda now?’",
      },
      choices = {
        {
          text = {
            nl = "Ja. Ik bel Pieter nu en leg uit dat we Veilig Thuis hebben ingeschakeld.",
            en = "Yes. I call Pieter now and explain that we have brought in Veilig Thuis.",
          },
          next = "einde_crisis", points = -3,
          critical = { id = "ouders_confronteren_onveilig" },
          feedback = {
            nl = "Vooraf informeren is de regel, behalve als het kind, de moeder of jullie zelf daardoor in gevaar komen. Dat is nu zo: Pieter eiste gisteravond met geweld en vandaag per app dat Suzan naar huis komt. Hoort hij het nu van jou, dan staat hij misschien binnen twintig minuten aan de balie. Laat Veilig Thuis bepalen wanneer en hoe de ouders het horen.",
            en = "Informing parents beforehand is the rule, except when it would put the child, the mother or yourselves in danger. That is the case now: after last night’s violence Pieter texted today that Suzan must come home. If he hears it from you now, he may be at reception within twenty minutes. Let Veilig Thuis decide when and how the parents hear.",
          },
        },
        {
          text = {
            nl = "We laten Suzan het haar moeder vertellen. Zij kan het beter uitleggen dan wij.",
            en = "We let Suzan tell her mother. She can explain it better than we can.",
          },
          next = "einde_crisis", points = 0,
          feedback = {
            nl = "Zo leg je een taak van volwassenen bij een kind in crisis. Veilig Thuis neemt contact op met de ouders; Suzan hoeft niets uit te leggen.",
            en = "That puts an adult’s task on a child in crisis. Veilig Thuis contacts the parents; Suzan does not have to explain anything.",
          },
        },
        {
          text = {
            nl = "Nu niet. Bij acuut gevaar bepaalt Veilig Thuis wanneer en hoe de ouders het horen. Wij leggen vast wat we deden en waarom.",
            en = "Not now. With acute danger Veilig Thuis decides when and how the parents hear. We record what we did and why.",
          },
          next = "einde_crisis", points = 3, actors = { "veilig_thuis" },
          feedback = {
            nl = "Juist: de regel om vooraf te informeren wijkt als de veiligheid van Suzan, haar moeder of jullie zelf in het geding is. Vastleggen waarom je afwijkt, hoort erbij.",
            en = "Right: the rule of informing beforehand gives way when the safety of Suzan, her mother or yourselves is at stake. Recording why you departed from it is part of the job.",
          },
        },
      },
    },
  },

  endings = {
    {
      id = "einde_samen",
      title = { nl = "Melden én helpen", en = "Reporting and helping" },
      text = {
        nl = "Een half jaar later. Suzan haalt weer zevens en zit niet meer achterin. Bij een evaluatiegesprek zegt Pieter: ‘Ik ben niet zo’n prater. Ik schreeuwde, het werd steeds erger, en op een avond sloeg ik Linda. Pas toen de school ons zei wat ze aan Suzan zag, snapte ik dat ik hulp nodig had.’ Onenigheid hebben ze nog weleens, zegt hij, maar hij ontploft niet meer. Zeker niet als Suzan erbij is.\n\nDrie mensen kwamen in actie: Suzan, die durfde te vertellen; jij, die je zorgen hardop uitsprak; en Pieter, die luisterde en hulp aannam.",
        en = "Six months later. Suzan is getting sevens again and no longer sits at the back. At a review meeting Pieter says: ‘I’m not much of a talker. I shouted, it kept getting worse, and one evening I hit Linda. Only when the school told us what they were seeing in Suzan did I understand that I needed help.’ He and Linda still disagree now and then, he says, but he no longer explodes. Certainly not when Suzan is around.\n\nThree people took action: Suzan, who dared to tell; you, who voiced your concerns out loud; and Pieter, who listened and accepted help.",
      },
      outcome = "melden_structureel",
      route = { "school", "zorgteam", "buurtteam", "veilig_thuis" },
      debrief = {
        nl = "Na de melding maakte Veilig Thuis binnen vijf werkdagen een veiligheidsbeoordeling, sprak de ouders en Suzan, en belegde de hulp met veiligheidsafspraken bij het buurtteam. De school hoorde dat na de beoordeling, en hoort het opnieuw als Veilig Thuis de zaak afrondt.\n\nHad de hulp niet (snel of stabiel genoeg) tot veiligheid geleid, dan had het buurtteam, met instemming van het gezin, of Veilig Thuis het SAVE-team ingeschakeld. Blijft het daar onvoldoende, dan kan SAVE de Raad voor de Kinderbescherming inschakelen; de school gaat nooit zelf naar de Raad.\n\nDe school blijft betrokken: jij volgt Suzan, legt nieuwe signalen vast en houdt contact met Youssef. Werkt de hulp niet, dan doorloop je de stappen opnieuw.",
        en = "After the report Veilig Thuis made a safety assessment within five working days, talked with the parents and Suzan, and placed the help with the neighbourhood team, with agreements on safety. The school heard this after the assessment, and will hear again when Veilig Thuis closes the case.\n\nHad the help not brought safety (quickly or stably enough), the neighbourhood team, with the family’s consent, or Veilig Thuis would have brought in the SAVE team. If that still falls short, SAVE can involve the Child Protection Board; the school never goes to the Board itself.\n\nThe school stays involved: you follow Suzan, record new signs and keep in touch with Youssef. If the help does not work, you go through the steps again.",
      },
      history = {
        nl = "In 2015 ging dit zo: de mentor besprak de zorgen met de ouders, vroeg of de gezinswerker erbij mocht komen, en het buurtteam hielp het gezin. Er werd niet gemeld, en dat mocht toen.\n\nSinds 2019 geldt het afwegingskader: een kind dat herhaaldelijk getuige is van geweld tussen haar ouders, leeft in structurele onveiligheid, en dan meldt de school bij Veilig Thuis, ook als de ouders hulp willen. De hulp van het buurtteam blijft net zo belangrijk; die bepaal je nu samen met Veilig Thuis.",
        en = "In 2015 it went like this: the mentor discussed the concerns with the parents, asked whether the family worker could join, and the neighbourhood team helped the family. No report was made, and at the time that was allowed.\n\nSince 2019 the assessment framework applies: a child who repeatedly witnesses violence between her parents lives in structural unsafety, and then the school reports to Veilig Thuis, even when the parents want help. The neighbourhood team’s help matters just as much; you now decide on it together with Veilig Thuis.",
      },
    },
    {
      id = "einde_geweigerd",
      title = { nl = "Hulp geweigerd: Veilig Thuis neemt het over", en = "Help refused: Veilig Thuis takes over" },
      text = {
        nl = "Pieter en Linda willen niemand over de vloer. Veilig Thuis onderzoekt de situatie zelf: een medewerker spreekt Suzan op school en de ouders thuis. Suzan is stiller dan ooit, maar ze weet dat ze elke dag bij jou terechtkan.\n\nNiet elk gezin pakt de hulp aan die de school aanbiedt. Dan blijft er één weg over, en die loopt via Veilig Thuis.",
        en = "Pieter and Linda want no one in their home. Veilig Thuis investigates the situation itself: a worker talks with Suzan at school and with the parents at home. Suzan is quieter than ever, but she knows she can come to you any day.\n\nNot every family accepts the help the school offers. Then only one way is left, and it runs through Veilig Thuis.",
      },
      outcome = "melden_hulp_geweigerd",
      route = { "school", "zorgteam", "buurtteam", "veilig_thuis" },
      debrief = {
        nl = "Als ouders hulp weigeren, kan het buurtteam niets; de enige weg is Veilig Thuis. Veilig Thuis maakt binnen vijf werkdagen een veiligheidsbeoordeling en doet daarna zelf onderzoek. Werken de ouders dan mee, dan kan Veilig Thuis alsnog doorleiden naar het buurtteam of, als de situatie nog niet veilig genoeg is, naar het SAVE-team. Blijven ze weigeren terwijl Suzan onveilig blijft, dan kan Veilig Thuis de Raad voor de Kinderbescherming vragen onderzoek te doen; de Raad kan de kinderrechter om een maatregel vragen.\n\nDe school blijft betrokken: Veilig Thuis informeert jullie na de beoordeling en na het onderzoek, en jij geeft nieuwe signalen door.",
        en = "When parents refuse help, the neighbourhood team can do nothing; the only way is Veilig Thuis. Veilig Thuis makes a safety assessment within five working days and then investigates itself. If the parents then cooperate, Veilig Thuis can still refer them to the neighbourhood team or, if things are not yet safe enough, to the SAVE team. If they keep refusing while Suzan remains unsafe, Veilig Thuis can ask the Child Protection Board to investigate; the Board can ask the juvenile court for a measure.\n\nThe school stays involved: Veilig Thuis informs you after the assessment and after the investigation, and you pass on new signs.",
      },
      history = {
        nl = "In 2015 aanvaardde Pieter de hulp, en daar bleef het bij. Het artikel zei toen al: willen betrokkenen van niemand bemoeienis, dan kan het buurtteam niet helpen en is de enige weg een melding bij Veilig Thuis. Dat geldt nog steeds. Volgens de regels van nu meld je hier sowieso, omdat Suzan structureel onveilig is.",
        en = "In 2015 Pieter accepted the help, and that was that. The article already said then: if those involved want no interference, the neighbourhood team cannot help and the only way is a report to Veilig Thuis. That still holds. Under today’s rules you report here anyway, because Suzan is structurally unsafe.",
      },
    },
    {
      id = "einde_crisis",
      title = { nl = "Acuut: direct naar Veilig Thuis", en = "Acute: straight to Veilig Thuis" },
      text = {
        nl = "Die avond slaapt Suzan bij haar tante. De crisismedewerker van Veilig Thuis heeft dat met Linda geregeld en spreekt ’s avonds met Pieter en Linda apart. Linda gaat naar de huisarts voor haar wenkbrauw.\n\nDe volgende ochtend zit Suzan gewoon in de klas. Ze heeft nauwelijks geslapen, maar ze is er. Je denkt aan de weken dat je wachtte op de rapportvergadering.",
        en = "That night Suzan sleeps at her aunt’s. The Veilig Thuis crisis worker arranged it with Linda and, that evening, talks with Pieter and Linda separately. Linda goes to the GP about her eyebrow.\n\nThe next morning Suzan is in class as usual. She has barely slept, but she is there. You think of the weeks you spent waiting for the progress meeting.",
      },
      outcome = "melden_acuut",
      route = { "school", "zorgteam", "veilig_thuis" },
      debrief = {
        nl = "Bij acute onveiligheid meld je meteen bij Veilig Thuis, dag en nacht bereikbaar; bij direct levensgevaar bel je 112. Veilig Thuis kan direct crisisinterventie bieden, zorgt met het gezin en zijn netwerk voor een veilige plek, en kan met de politie ingrijpen: zo kan de burgemeester een pleger een tijdelijk huisverbod van tien dagen opleggen. Daarna onderzoekt Veilig Thuis de situatie, of leidt het door naar het buurtteam of het SAVE-team; zo nodig schakelt het de Raad voor de Kinderbescherming in.\n\nDe school blijft betrokken: jij bent Suzans vaste punt, je geeft nieuwe signalen door, en Veilig Thuis laat de school weten wat het besluit.\n\nEn: de signalen waren er al in oktober. Wie toen had overlegd, had dit misschien voorkomen.",
        en = "With acute unsafety you report to Veilig Thuis at once, day or night; when a life is in immediate danger you call 112. Veilig Thuis can provide crisis intervention straight away, arranges a safe place with the family and its network, and can step in with the police: the mayor, for instance, can ban the person using violence from the home for ten days. Veilig Thuis then investigates, or refers to the neighbourhood team or the SAVE team, and brings in the Child Protection Board if needed.\n\nThe school stays involved: you are Suzan’s steady point, you pass on new signs, and Veilig Thuis lets the school know what it decides.\n\nAnd: the signs were there in October. Consulting then might have prevented this.",
      },
      history = {
        nl = "In het verhaal uit 2015 liep het niet uit op een crisis. De regel voor een crisis is sindsdien niet veranderd: Veilig Thuis raadplegen, dat direct kan uitrukken. Nieuw sinds 2019 is het afwegingskader: bij acute onveiligheid is melden altijd de eerste beslissing.",
        en = "In the 2015 story things never came to a crisis. The rule for a crisis has not changed since: consult Veilig Thuis, which can respond at once. New since 2019 is the assessment framework: with acute unsafety, reporting is always the first decision.",
      },
    },
    {
      id = "einde_te_laat",
      title = { nl = "Alleen het buurtteam: te laat gemeld", en = "Only the neighbourhood team: reported too late" },
      text = {
        nl = "Veilig Thuis neemt de melding in januari aan. Drie maanden lang ging de hulp van het buurtteam door terwijl het geweld gewoon doorging. Suzan stond er uiteindelijk zelf tussen.\n\nYoussef zegt het zonder verwijt: ‘Ik kan alleen helpen als het gezin meedoet. Voor de veiligheid had Veilig Thuis er vanaf het begin bij moeten zijn.’",
        en = "Veilig Thuis accepts the report in January. For three months the neighbourhood team’s help carried on while the violence simply continued. In the end Suzan stepped in between them herself.\n\nYoussef says it without reproach: ‘I can only help when the family takes part. For safety, Veilig Thuis should have been involved from the start.’",
      },
      outcome = "melden_structureel",
      route = { "school", "zorgteam", "buurtteam", "veilig_thuis" },
      debrief = {
        nl = "Een kind dat stelselmatig getuige is van geweld tussen haar ouders, is structureel onveilig: dan meld je bij Veilig Thuis. Het buurtteam inschakelen is hulp organiseren; het komt naast een melding, nooit in plaats ervan.\n\nNu volgt alsnog wat in oktober had moeten beginnen: Veilig Thuis maakt een veiligheidsbeoordeling en onderzoekt. Omdat de vrijwillige hulp niet werkte, zal Veilig Thuis waarschijnlijk het SAVE-team inschakelen; blijft het onveilig, dan kan de Raad voor de Kinderbescherming volgen.\n\nDe school blijft betrokken, en Suzan verdient een mentor die haar vertelt wat er gebeurt.",
        en = "A child who keeps witnessing violence between her parents is structurally unsafe: then you report to Veilig Thuis. Bringing in the neighbourhood team is organising help; it comes alongside a report, never instead of one.\n\nNow what should have started in October follows after all: Veilig Thuis makes a safety assessment and investigates. Because the voluntary help did not work, Veilig Thuis will probably bring in the SAVE team; if things stay unsafe, the Child Protection Board may follow.\n\nThe school stays involved, and Suzan deserves a mentor who tells her what is happening.",
      },
      history = {
        nl = "In 2015 ging dit zo: de mentor betrok het buurtteam, er werd niet gemeld, en in het verhaal van Pieter werkte dat. Sinds 2019 geldt: bij structurele onveiligheid meld je bij Veilig Thuis, ook als het gezin hulp aanvaardt. Wat toen een verdedigbare keuze was, is nu een kritieke fout.",
        en = "In 2015 it went like this: the mentor brought in the neighbourhood team, no report was made, and in Pieter’s story that worked. Since 2019 the rule is: with structural unsafety you report to Veilig Thuis, even when the family accepts help. What was a defensible choice then is a critical mistake now.",
      },
    },
    {
      id = "einde_stilte",
      title = { nl = "Een geheim te veel", en = "One secret too many" },
      text = {
        nl = "Je vertelt Karin wat Suzan je in oktober toevertrouwde. Ze meldt dezelfde dag bij Veilig Thuis. Als je Suzan die middag ziet, kijkt ze je niet verwijtend aan, maar moe. ‘U wist het toch al.’\n\nZe heeft twee maanden gewacht tot een volwassene iets zou doen. Die volwassene was jij.",
        en = "You tell Karin what Suzan confided in you in October. She reports to Veilig Thuis that same day. When you see Suzan that afternoon, she does not look at you with reproach, but with weariness. ‘You already knew.’\n\nShe waited two months for an adult to do something. That adult was you.",
      },
      outcome = "melden_onthulling",
      route = { "school", "zorgteam", "buurtteam", "veilig_thuis" },
      debrief = {
        nl = "Als een kind vertelt over geweld thuis, meld je bij Veilig Thuis. Beloof nooit geheimhouding: zeg vooraf dat je anderen nodig hebt, vertel wat je gaat doen en houd je daaraan. Een geheim dat je houdt, beschermt niet het kind maar de situatie.\n\nVeilig Thuis maakt nu een veiligheidsbeoordeling en kan, als dat Suzan beschermt, eerst onderzoek doen zonder medeweten van de ouders. Daarna volgen hulp via het buurtteam, het SAVE-team of zo nodig de Raad voor de Kinderbescherming, via Veilig Thuis.\n\nDe school blijft betrokken, en jij hebt werk te doen om Suzans vertrouwen terug te winnen: eerlijk zijn over wat er gebeurt.",
        en = "When a child tells you about violence at home, you report to Veilig Thuis. Never promise secrecy: say beforehand that you need others, tell her what you will do, and keep to it. A secret you keep does not protect the child; it protects the situation.\n\nVeilig Thuis now makes a safety assessment and, if that protects Suzan, can first investigate without the parents knowing. Then come help through the neighbourhood team, the SAVE team or, if needed, the Child Protection Board, through Veilig Thuis.\n\nThe school stays involved, and you have work to do to win back Suzan’s trust: being honest about what happens.",
      },
      history = {
        nl = "In het verhaal uit 2015 vertelde Suzan niets in vertrouwen; de mentor besprak wat zij zag. Een belofte van geheimhouding was toen al een fout, en dat is het nog steeds. Sinds 2019 zegt het afwegingskader bovendien: een kind dat over geweld vertelt, is reden om te melden.",
        en = "In the 2015 story Suzan confided nothing; the mentor discussed what she saw. Promising secrecy was already a mistake then, and it still is. Since 2019 the assessment framework adds: a child who tells you about violence is a reason to report.",
      },
    },
    {
      id = "einde_save",
      title = { nl = "De hulp schiet tekort: het SAVE-team", en = "The help falls short: the SAVE team" },
      text = {
        nl = "Eind januari zit er een medewerker van het SAVE-team aan tafel, naast Youssef. Ze zegt tegen Pieter en Linda, zonder omwegen, wat er met Suzan gebeurt als er niets verandert, en welke voorwaarden er nu gelden. Pieter luistert. Voor het eerst praat hij over zijn boosheid zonder die kleiner te maken.\n\nHet is geen happy end, nog niet. Maar er zijn afspraken, en iemand die controleert of ze worden nagekomen.",
        en = "At the end of January a worker from the SAVE team sits at the table next to Youssef. She tells Pieter and Linda plainly what will happen to Suzan if nothing changes, and which conditions now apply. Pieter listens. For the first time he talks about his anger without making it smaller.\n\nIt is not a happy ending, not yet. But there are agreements, and someone who checks that they are kept.",
      },
      outcome = "melden_hulp_onvoldoende",
      route = { "school", "zorgteam", "buurtteam", "veilig_thuis", "save" },
      debrief = {
        nl = "Hulp die niet op tijd veiligheid brengt, is reden om de stappen opnieuw te doorlopen en Veilig Thuis en het buurtteam in te lichten. Het SAVE-team voegt in naast het buurtteam: het brengt met het gezin en hun netwerk de veiligheid in kaart, legt uit wat de risico’s zijn als er niets verandert, en stelt concrete voorwaarden. Het gezin maakt zelf een plan; SAVE controleert een tijd of het werkt. Blijft het resultaat onvoldoende, dan kan SAVE de Raad voor de Kinderbescherming inschakelen.\n\nDe school gaat nooit zelf naar de Raad, maar blijft wel betrokken: jij ziet Suzan elke dag en geeft door wat je ziet.\n\nHelpen werkt alleen als de zorgen in het driehoeksgesprek echt op tafel liggen.",
        en = "Help that does not bring safety in time is a reason to go through the steps again and inform Veilig Thuis and the neighbourhood team. The SAVE team joins alongside the neighbourhood team: with the family and their network it maps safety, explains the risks if nothing changes, and sets concrete conditions. The family makes its own plan; SAVE checks for a while whether it works. If the results stay insufficient, SAVE can bring in the Child Protection Board.\n\nThe school never goes to the Board itself, but does stay involved: you see Suzan every day and pass on what you see.\n\nHelp only works when the concerns are truly on the table in the three-way meeting.",
      },
      history = {
        nl = "In 2015 werkte de hulp van het buurtteam, en beschreef het artikel het SAVE-team als volgende stap als die hulp niet snel of stabiel genoeg veiligheid bracht. Die route bestaat nog. Sinds 2019 is er vooraf ook gemeld bij Veilig Thuis, zodat Veilig Thuis meekijkt als de hulp tekortschiet.",
        en = "In 2015 the neighbourhood team’s help worked, and the article described the SAVE team as the next step if that help did not bring safety quickly or stably enough. That route still exists. Since 2019 a report to Veilig Thuis has also been made beforehand, so Veilig Thuis keeps watch when the help falls short.",
      },
    },
  },

  debrief = {
    nl = "Geweld stopt zelden vanzelf; bijna altijd is hulp van buiten nodig. Eén volwassene die in actie komt, is vaak genoeg. Elk jaar worden in Nederland zo’n 119.000 kinderen mishandeld: gemiddeld één in elke klas van dertig. Wie werkt met de Meldcode, grijpt drie keer vaker in.",
    en = "Violence rarely stops by itself; outside help is almost always needed. One adult who takes action is often enough. Every year some 119,000 children in the Netherlands are abused: on average one in every class of thirty. Professionals who work with the Meldcode take action three times as often.",
  },
}
