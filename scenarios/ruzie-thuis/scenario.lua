-- Case: a 17-year-old mbo student keeps witnessing his mother hit his father.
-- Teaches that partner violence harms the children who see it (stelselmatig
-- getuige = structural unsafety), so the school reports to Veilig Thuis and
-- organises help beside the report, never instead of it.
local function same(s) return { nl = s, en = s } end

return {
  format = 1,
  id = "ruzie-thuis",
  title = { nl = "Ruzie thuis", en = "Fights at home" },
  language = "nl",
  languages = { "nl", "en" },
  audience = {
    nl = "Studieloopbaanbegeleiders, docenten en zorgcoördinatoren in het mbo",
    en = "Study and career coaches, teachers and care coordinators in vocational education (mbo)",
  },
  summary = {
    nl = "Jesse (17) leert voor bakker en verlaat steeds vaker halsoverkop zijn stage. Thuis slaat zijn moeder zijn vader, en Jesse gaat ertussen staan. Jij bent zijn studieloopbaanbegeleider.",
    en = "Jesse (17) is training to be a baker and keeps leaving his work placement in a hurry. At home his mother hits his father, and Jesse steps in between. You are his study and career coach.",
  },
  school_type = "mbo",
  minutes = 15,
  version = "1.0",
  pass_mark = 0.7,
  start = "begin",

  characters = {
    jesse = {
      name = same("Jesse van Dijk"),
      role = { nl = "student Bakkerij, 2e jaar, 17 jaar", en = "bakery student, 2nd year, 17 years old" },
    },
    priya = {
      name = same("Priya Ramdin"),
      role = { nl = "klasgenoot van Jesse", en = "Jesse’s classmate" },
    },
    ton = {
      name = same("Ton Bosman"),
      role = { nl = "praktijkopleider, bakkerij Bosman", en = "workplace trainer, Bosman bakery" },
    },
    hanna = {
      name = same("Hanna Visser"),
      role = { nl = "zorgcoördinator en aandachtsfunctionaris", en = "care coordinator and safeguarding lead" },
    },
    ronald = {
      name = same("Ronald van Dijk"),
      role = { nl = "vader van Jesse", en = "Jesse’s father" },
    },
    marieke = {
      name = same("Marieke van Dijk"),
      role = { nl = "moeder van Jesse", en = "Jesse’s mother" },
    },
    yusuf = {
      name = same("Yusuf Demir"),
      role = { nl = "gezinswerker, buurtteam", en = "family worker, neighbourhood team" },
    },
  },

  scenes = {
    {
      id = "begin", step = "signalen", speaker = "ton",
      text = {
        nl = "Maandag 13 november, kwart over acht. Je bent studieloopbaanbegeleider (slb’er) van BAK2A. Ton Bosman, praktijkopleider van Jesse, belt.\n\n“Jesse is zaterdag weer halverwege zijn dienst weggegaan. Telefoontje, wit weggetrokken, en weg: ‘Ik moet naar huis, voor mijn zusje.’ Dat is de derde keer in twee weken. Hij is een goeie jongen, hoor. Maar zo kan ik hem niet inroosteren.”\n\n’s Middags zit Jesse in jouw les. Hij valt twee keer in slaap. Op de knokkels van zijn linkerhand zitten verse schaafwonden. “Deegmachine,” zegt hij als je ernaar kijkt.",
        en = "Monday 13 November, quarter past eight. You are the study and career coach of class BAK2A. Ton Bosman, Jesse’s workplace trainer, calls.\n\n“Jesse left halfway through his shift again on Saturday. A phone call, white as a sheet, and gone: ‘I have to go home, for my little sister.’ That’s the third time in two weeks. He’s a good lad. But I can’t put him on the rota like this.”\n\nIn the afternoon Jesse is in your lesson. He falls asleep twice. The knuckles of his left hand have fresh grazes. “Dough machine,” he says when you look at them.",
      },
      next = "vastleggen",
    },
    {
      id = "vastleggen", step = "signalen",
      text = {
        nl = "Na de les open je het studentdossier van Jesse. Wat schrijf je op?",
        en = "After the lesson you open Jesse’s student file. What do you write?",
      },
      choices = {
        {
          text = {
            nl = "“Jesse heeft problemen thuis en is waarschijnlijk in een vechtpartij beland. Houdt stage niet vol.”",
            en = "“Jesse has problems at home and has probably been in a fight. Cannot keep up his placement.”",
          },
          next = "klasgenoot", points = 0, actors = { "school" }, mistake = "interpreteren",
          feedback = {
            nl = "Dat zijn conclusies, geen waarnemingen. ‘Vechtpartij’ weet je niet; wat je wél weet, zijn de schaafwonden, wat Jesse erover zei en wat Ton vertelde. Schrijf dat op, met datum.",
            en = "Those are conclusions, not observations. You do not know there was a ‘fight’; what you do know are the grazes, what Jesse said about them and what Ton told you. Write that down, with the date.",
          },
        },
        {
          text = {
            nl = "“13-11: Ton Bosman: Jesse 3x in 2 weken na telefoontje weg van stage (‘voor mijn zusje’). Les: 2x in slaap; schaafwonden knokkels links, zegt ‘deegmachine’.”",
            en = "“13-11: Ton Bosman calls: Jesse left placement 3x in 2 weeks after a call (‘for my sister’). In class asleep 2x; grazed left knuckles, says ‘dough machine’.”",
          },
          next = "klasgenoot", points = 2, actors = { "school" },
          feedback = {
            nl = "Goed: feiten met datum en bron, en Jesses eigen woorden letterlijk. Zo kun je later laten zien wat er gebeurde, zonder dat je eigen uitleg erdoorheen loopt.",
            en = "Good: facts with date and source, and Jesse’s own words verbatim. Later you can show what happened without your own explanation getting mixed in.",
          },
        },
        {
          text = {
            nl = "Niets. Jesse is 17; wat er thuis gebeurt, is zijn zaak zolang hij zijn stage haalt.",
            en = "Nothing. Jesse is 17; what happens at home is his business as long as he passes his placement.",
          },
          next = "klasgenoot", points = 0,
          feedback = {
            nl = "Ook bij een student van 17 geldt de Meldcode. Meerdere signalen bij dezelfde student zijn reden tot zorg; wie ze niet vastlegt, ziet later het patroon niet.",
            en = "The Meldcode also applies to a 17-year-old student. Several signs in the same student are reason for concern; if you do not record them, you will not see the pattern later.",
          },
        },
      },
    },
    {
      id = "klasgenoot", step = "signalen", speaker = "priya",
      text = {
        nl = "Donderdag blijft Priya na de les hangen tot iedereen weg is.\n\n“Ik weet niet of ik dit mag zeggen. Jesse slaapt soms bij ons. Hij zegt dat het thuis elk weekend knalt, dat zijn moeder met dingen gooit. Zaterdag belde zijn zusje hem huilend op. Hij wil niet dat iemand het weet, dus zeg alsjeblieft niet dat het van mij komt.”",
        en = "On Thursday Priya hangs around after class until everyone has left.\n\n“I don’t know if I’m allowed to say this. Jesse sometimes sleeps at our place. He says things blow up at home every weekend, that his mother throws things. On Saturday his little sister called him, crying. He doesn’t want anyone to know, so please don’t say it came from me.”",
      },
      choices = {
        {
          text = {
            nl = "Je bedankt Priya, zegt dat je dit serieus neemt en het niet in de klas bespreekt, maar dat je het niet geheim kunt houden. Je noteert letterlijk wat ze zei.",
            en = "You thank Priya, say you take this seriously and will not discuss it in class, but cannot keep it secret. You note down literally what she said.",
          },
          next = "wie_overleg", points = 2, actors = { "school" },
          feedback = {
            nl = "Goed: je erkent haar moed, belooft niets wat je niet kunt waarmaken en legt haar woorden vast met datum en bron. Een signaal via een klasgenoot is een signaal, geen bewijs, en zo noteer je het ook.",
            en = "Good: you acknowledge her courage, promise nothing you cannot keep and record her words with date and source. A sign passed on by a classmate is a sign, not proof, and that is how you note it.",
          },
        },
        {
          text = {
            nl = "Je zoekt Jesse meteen op in de kantine en vraagt, bij zijn vrienden, of het klopt wat Priya vertelt.",
            en = "You go straight to Jesse in the canteen and ask him, in front of his friends, whether what Priya says is true.",
          },
          next = "wie_overleg", points = -1, actors = { "school" },
          feedback = {
            nl = "Zo zet je Jesse voor schut en verraad je Priya. Een gesprek over thuis voer je voorbereid en onder vier ogen, na overleg met de aandachtsfunctionaris.",
            en = "This embarrasses Jesse and betrays Priya. A talk about home is prepared and held in private, after consulting the safeguarding lead.",
          },
        },
        {
          text = {
            nl = "Je zegt Priya dat ze voorzichtig moet zijn met roddels over andermans thuissituatie.",
            en = "You tell Priya to be careful with gossip about other people’s home situation.",
          },
          next = "wie_overleg", points = 0,
          feedback = {
            nl = "Priya vertelt wat ze van Jesse zelf hoorde en past precies bij wat Ton zag. Wie zo reageert, hoort het de volgende keer niet meer.",
            en = "Priya is passing on what she heard from Jesse himself, and it fits exactly with what Ton saw. React like this and you will not hear it next time.",
          },
        },
      },
    },
    {
      id = "wie_overleg", step = "consultatie",
      text = {
        nl = "Je hebt nu een rijtje: weglopen van stage, slapen in de les, schaafwonden, en wat Priya vertelde. Meerdere signalen bij dezelfde student. Wat doe je?",
        en = "You now have a list: leaving his placement, sleeping in class, grazes, and what Priya told you. Several signs in the same student. What do you do?",
      },
      choices = {
        {
          text = {
            nl = "Je belt vanavond de ouders van Jesse en vraagt wat er thuis aan de hand is.",
            en = "You call Jesse’s parents tonight and ask what is going on at home.",
          },
          next = "alleen_gebeld", points = -1, actors = { "school" },
          critical = { id = "alleen_handelen" },
          feedback = {
            nl = "Je slaat het overleg over en gaat alleen op pad. Als het klopt wat Priya zegt, kan een onvoorbereid telefoontje de sfeer thuis juist verhitten. Eerst overleg je met de aandachtsfunctionaris.",
            en = "You skip consultation and act alone. If Priya is right, an unprepared phone call may make things at home more heated. First you consult the safeguarding lead.",
          },
        },
        {
          text = {
            nl = "Je brengt Jesse in bij het teamoverleg van de opleiding, zodat alle docenten kunnen meedenken.",
            en = "You raise Jesse in the course team meeting, so all the teachers can think along.",
          },
          next = "advies_vt", points = 0, actors = { "school" },
          feedback = {
            nl = "Collega’s mogen best opletten, maar een thuissituatie bespreek je niet met een hele teamtafel. Consultatie doe je met de aandachtsfunctionaris of het zorgteam.",
            en = "Colleagues may well keep an eye out, but you do not discuss a home situation around a whole team table. Consultation is with the safeguarding lead or the care team.",
          },
        },
        {
          text = {
            nl = "Je plant nog deze week een gesprek met Hanna Visser, zorgcoördinator en aandachtsfunctionaris, en neemt je aantekeningen mee.",
            en = "You book a meeting this week with Hanna Visser, care coordinator and safeguarding lead, and bring your notes.",
          },
          next = "advies_vt", points = 2, actors = { "zorgteam" },
          feedback = {
            nl = "Goed: je handelt niet alleen. Met Hanna weeg je de signalen en bereid je het gesprek met Jesse voor.",
            en = "Good: you do not act alone. With Hanna you weigh the signs and prepare the talk with Jesse.",
          },
        },
      },
    },
    {
      id = "alleen_gebeld", step = "consultatie", speaker = "ronald",
      text = {
        nl = "Jesses vader, Ronald, neemt op. Op de achtergrond hoor je een vrouw iets roepen.\n\n“Het gaat prima hier. Jesse is gewoon moe, hij werkt zich een slag in de rondte. Bedankt voor het bellen.” Hij hangt op.\n\nDe volgende dag zegt Jesse geen woord tegen je. Je loopt alsnog naar Hanna Visser, de aandachtsfunctionaris.",
        en = "Jesse’s father, Ronald, answers. In the background you hear a woman shouting something.\n\n“Everything’s fine here. Jesse is just tired, he works himself to the bone. Thanks for calling.” He hangs up.\n\nThe next day Jesse does not say a word to you. You go to Hanna Visser, the safeguarding lead, after all.",
      },
      next = "advies_vt",
    },
    {
      id = "advies_vt", step = "consultatie", speaker = "hanna",
      text = {
        nl = "Hanna leest je aantekeningen. “Weglopen om een zusje, gooien met dingen, een student die ’s nachts niet slaapt. Dit past bij geweld thuis. Maar we weten nog weinig, en Jesse heeft zelf nog niets gezegd.”\n\nZe pakt haar telefoon. “Wat wil jij als volgende stap?”",
        en = "Hanna reads your notes. “Running home for a little sister, things being thrown, a student who doesn’t sleep at night. This fits with violence at home. But we still know little, and Jesse himself hasn’t said anything.”\n\nShe picks up her phone. “What do you want as the next step?”",
      },
      choices = {
        {
          text = {
            nl = "Eerst zekerheid: ik vraag Priya om goed op te letten en me te vertellen wat Jesse nog meer zegt.",
            en = "Certainty first: I ask Priya to keep her eyes open and tell me whatever else Jesse says.",
          },
          next = "gesprek_jesse", points = 0,
          feedback = {
            nl = "Zo maak je een klasgenoot je informant en ga je bewijs verzamelen. Dat is niet jouw taak en niet die van Priya: vaststellen wat er gebeurt, is aan Veilig Thuis en de politie.",
            en = "This turns a classmate into your informant and sets you gathering evidence. That is not your job, nor Priya’s: establishing what happens is for Veilig Thuis and the police.",
          },
        },
        {
          text = {
            nl = "Hanna doet een adviesvraag bij Veilig Thuis, zonder gegevens van het gezin: hoe pakken we het gesprek met Jesse aan?",
            en = "Hanna asks Veilig Thuis for advice, without the family’s details: how should we approach the talk with Jesse?",
          },
          next = "gesprek_jesse", points = 2, actors = { "veilig_thuis" },
          feedback = {
            nl = "Goed: Veilig Thuis adviseert bij elke stap, ook zonder namen. Bij twijfel over geweld thuis is dat precies het moment om het te vragen.",
            en = "Good: Veilig Thuis advises at every step, also without names. When in doubt about violence at home, this is exactly the moment to ask.",
          },
        },
        {
          text = {
            nl = "Hanna meldt meteen bij Veilig Thuis; een gesprek met Jesse is niet meer nodig.",
            en = "Hanna reports to Veilig Thuis straight away; a talk with Jesse is no longer needed.",
          },
          next = "vt_remt", points = 1, actors = { "veilig_thuis" },
          feedback = {
            nl = "Je neemt de signalen serieus, en dat is goed. Maar je slaat het gesprek over met een student van 17 die zelf veel kan vertellen en die je vertrouwen wilt houden. Dat gesprek hoort bij de Meldcode.",
            en = "You take the signs seriously, which is good. But you skip the talk with a 17-year-old who can tell you a lot himself and whose trust you want to keep. That talk is part of the Meldcode.",
          },
        },
      },
    },
    {
      id = "vt_remt", step = "consultatie", speaker = "hanna",
      text = {
        nl = "Hanna belt. De medewerker van Veilig Thuis luistert en vraagt dan: “Wat zegt Jesse er zelf over?” Niets, nog. “Praat eerst met hem. Hij is 17, hij kan jullie veel vertellen. Bel daarna terug, dan kijken we samen wat nodig is.”\n\nHanna legt de telefoon neer. “Goed. Dan eerst Jesse.”",
        en = "Hanna calls. The Veilig Thuis worker listens and then asks: “What does Jesse say about it himself?” Nothing, yet. “Talk to him first. He is 17, he can tell you a lot. Call back afterwards and we’ll look together at what is needed.”\n\nHanna puts the phone down. “Right. Jesse first.”",
      },
      next = "gesprek_jesse",
    },
    {
      id = "gesprek_jesse", step = "gesprek", speaker = "jesse",
      text = {
        nl = "Maandag zit Jesse tegenover je in een spreekkamer. Hanna heeft met je voorbereid: feiten benoemen, open vragen, niet doorvragen naar bewijs. Jesse draait zijn telefoon rond in zijn handen.\n\n“Gaat het over stage? Ton heeft zeker geklaagd.”",
        en = "On Monday Jesse sits across from you in a meeting room. Hanna prepared it with you: name the facts, ask open questions, do not probe for evidence. Jesse turns his phone over and over in his hands.\n\n“Is this about my placement? Ton complained, I suppose.”",
      },
      choices = {
        {
          text = {
            nl = "“Priya zei dat het bij jullie elk weekend knalt. Wie slaat er bij jullie thuis?”",
            en = "“Priya said things blow up at your place every weekend. Who hits whom at home?”",
          },
          next = "geheim", points = 0, actors = { "school" },
          feedback = {
            nl = "Je verraadt Priya en je stelt een gesloten, sturende vraag: het antwoord zit er al in. Begin bij wat jij zelf zag en laat Jesse zijn eigen woorden kiezen.",
            en = "You betray Priya and you ask a closed, leading question: the answer is already built in. Start from what you saw yourself and let Jesse choose his own words.",
          },
        },
        {
          text = {
            nl = "“Ik zie dat je van stage wegrent, in de les in slaap valt en wonden op je hand hebt. Ik maak me zorgen om je. Hoe gaat het met je?”",
            en = "“I see you rushing away from your placement, falling asleep in class and hurting your hand. I’m worried about you. How are you doing?”",
          },
          next = "geheim", points = 2, actors = { "school" },
          feedback = {
            nl = "Goed: je noemt wat je zelf zag, zegt waarom je je zorgen maakt en stelt een open vraag. Jesse houdt de ruimte om zelf te vertellen.",
            en = "Good: you name what you saw yourself, say why you are worried and ask an open question. Jesse keeps room to tell it his own way.",
          },
        },
        {
          text = {
            nl = "Je vraagt door tot je weet wat er precies wanneer gebeurde, en vraagt Jesse foto’s te maken als het weer gebeurt, zodat er bewijs is.",
            en = "You keep asking until you know exactly what happened when, and ask Jesse to take photos next time it happens, so there is proof.",
          },
          next = "geheim", points = -2, actors = { "school" },
          critical = { id = "verhoren" },
          feedback = {
            nl = "Dit is verhoren en bewijs laten verzamelen, en met die foto’s breng je Jesse ook nog in gevaar. Jij hoeft niet vast te stellen wat er gebeurde; dat doen Veilig Thuis en de politie.",
            en = "This is interrogating and having evidence gathered, and those photos could put Jesse in danger too. You do not have to establish what happened; Veilig Thuis and the police do that.",
          },
        },
      },
    },
    {
      id = "geheim", step = "gesprek", speaker = "jesse",
      text = {
        nl = "Jesse is lang stil. Dan komt het eruit.\n\n“Mijn moeder… als ze kwaad wordt, gooit ze met alles. Vorige week sloeg ze mijn vader met een pan. Ik ga ertussen staan, anders houdt het niet op. Fleur verstopt zich dan in haar kast. Ze is negen.”\n\nHij kijkt je aan. “Maar je mag dit echt aan niemand vertellen. Mijn vader schaamt zich kapot. Beloof het.”",
        en = "Jesse is silent for a long time. Then it comes out.\n\n“My mother… when she gets angry, she throws everything. Last week she hit my dad with a pan. I step in between, or it doesn’t stop. Fleur hides in her wardrobe. She’s nine.”\n\nHe looks at you. “But you really can’t tell anyone. My dad is so ashamed. Promise.”",
      },
      choices = {
        {
          text = {
            nl = "“Ik vertel het alleen aan Hanna, de zorgcoördinator. Verder echt aan niemand.”",
            en = "“I’ll only tell Hanna, the care coordinator. No one else, really.”",
          },
          next = "vader_belt", points = 0,
          feedback = {
            nl = "Eerlijk dat je Hanna noemt, maar ook dit is een belofte die je misschien niet kunt houden: Veilig Thuis kan nodig zijn. Zeg liever wat je gaat doen en dat je hem op de hoogte houdt.",
            en = "Honest to mention Hanna, but this too is a promise you may not be able to keep: Veilig Thuis may be needed. Rather say what you will do and that you will keep him informed.",
          },
        },
        {
          text = {
            nl = "“Ik beloof het. Dit blijft tussen ons.”",
            en = "“I promise. This stays between us.”",
          },
          next = "geheim_gevolg", points = -2,
          critical = { id = "geheim_beloven" },
          feedback = {
            nl = "Een belofte die je niet kunt houden. Om Jesse en Fleur te helpen heb je anderen nodig, en dan breek je je woord.",
            en = "A promise you cannot keep. To help Jesse and Fleur you need others, and then you break your word.",
          },
        },
        {
          text = {
            nl = "“Dat kan ik niet beloven: om jou en Fleur te helpen heb ik anderen nodig. Ik vertel je steeds wat ik doe en met wie. Goed dat je het vertelt.”",
            en = "“I can’t promise that: to help you and Fleur I need others. I’ll always tell you what I do and with whom. It’s good that you told me.”",
          },
          next = "vader_belt", points = 2,
          feedback = {
            nl = "Goed: eerlijk over wat je niet kunt beloven, duidelijk over wat je wél doet. Zo houd je je woord en Jesses vertrouwen.",
            en = "Good: honest about what you cannot promise, clear about what you will do. That way you keep your word and Jesse’s trust.",
          },
        },
      },
    },
    {
      id = "geheim_gevolg", step = "gesprek", speaker = "jesse",
      text = {
        nl = "Jesse ademt uit. “Thanks.”\n\nDrie dagen later kun je niet anders: je bespreekt het met Hanna, en Hanna wil dat de ouders worden uitgenodigd. Als je Jesse dat vertelt, staat hij op. “Je had het beloofd.” Hij loopt de kamer uit en meldt zich de rest van de week ziek.",
        en = "Jesse breathes out. “Thanks.”\n\nThree days later you have no choice: you discuss it with Hanna, and Hanna wants the parents invited. When you tell Jesse, he stands up. “You promised.” He walks out of the room and calls in sick for the rest of the week.",
      },
      next = "vader_belt",
    },
    {
      id = "vader_belt", step = "gesprek", speaker = "ronald",
      text = {
        nl = "Woensdagavond belt Ronald van Dijk, Jesses vader.\n\n“Jesse zei dat hij met u heeft gepraat. Luister, het valt echt mee. Mijn vrouw heeft het zwaar op haar werk, en dan loopt het soms uit de hand. Ik vang dat wel op. Jesse hoeft zich daar niet mee te bemoeien. Ik regel het zelf, oké?”",
        en = "On Wednesday evening Ronald van Dijk, Jesse’s father, calls.\n\n“Jesse said he talked to you. Listen, it really isn’t that bad. My wife is under a lot of pressure at work, and sometimes it gets out of hand. I can take it. Jesse doesn’t need to get involved. I’ll sort it out myself, okay?”",
      },
      choices = {
        {
          text = {
            nl = "“Als u niet meewerkt, schakel ik de Raad voor de Kinderbescherming in.”",
            en = "“If you don’t cooperate, I’ll bring in the Child Protection Board.”",
          },
          next = "ouders_gesprek", points = -1, mistake = "zelf_naar_raad",
          feedback = {
            nl = "Een dreigement dat je niet kunt waarmaken: de school schakelt de Raad niet zelf in, dat loopt via Veilig Thuis. En een vader die zich schaamt, jaag je er alleen mee weg.",
            en = "A threat you cannot carry out: the school does not bring in the Board itself, that goes through Veilig Thuis. And it only drives away a father who is ashamed.",
          },
        },
        {
          text = {
            nl = "“Fijn dat u het oppakt. Dan laat ik het daarbij; het is tenslotte iets tussen u en uw vrouw.”",
            en = "“Good that you’re dealing with it. Then I’ll leave it there; after all it’s between you and your wife.”",
          },
          next = "ouders_gesprek", points = 0, mistake = "partnergeweld_onderschatten",
          feedback = {
            nl = "Geweld tussen ouders is niet alleen iets tussen volwassenen: Jesse gaat ertussen staan en Fleur zit in de kast. Het raakt de kinderen direct.",
            en = "Violence between parents is not just between adults: Jesse steps in between and Fleur hides in the wardrobe. It affects the children directly.",
          },
        },
        {
          text = {
            nl = "“Ik hoor dat het zwaar is, ook voor u. Ik maak me zorgen om Jesse en Fleur. Ik wil graag met u, uw vrouw en Jesse praten, samen met onze zorgcoördinator.”",
            en = "“I can hear it’s hard, for you too. I’m worried about Jesse and Fleur. I’d like to talk with you, your wife and Jesse, together with our care coordinator.”",
          },
          next = "ouders_gesprek", points = 2,
          feedback = {
            nl = "Goed: je erkent Ronald zonder te oordelen, houdt de kinderen in beeld en nodigt beide ouders uit. Jesse is 17: hij praat mee, als hij dat wil en het veilig is.",
            en = "Good: you acknowledge Ronald without judging, keep the children in view and invite both parents. Jesse is 17: he joins the talk if he wants to and it is safe.",
          },
        },
      },
    },
    {
      id = "ouders_gesprek", step = "gesprek", speaker = "marieke",
      text = {
        nl = "Donderdag, spreekkamer 2.14. Hanna heeft eerst met Jesse nagegaan of hij erbij wil zijn en of dat veilig is; hij wil. Ronald zit met zijn jas aan. Marieke kijkt je strak aan.\n\n“Dus mijn zoon zit hier over ons te kletsen? Wij hebben weleens ruzie, ja. Wie niet? Ronald kan ook flink uitdelen, hoor, met zijn mond. En nu ben ik opeens de slechterik.”\n\nJesse kijkt naar de tafel.",
        en = "Thursday, meeting room 2.14. Hanna first checked with Jesse whether he wants to be there and whether that is safe; he does. Ronald keeps his coat on. Marieke stares at you.\n\n“So my son sits here gossiping about us? Yes, we fight sometimes. Who doesn’t? Ronald can dish it out too, you know, with his mouth. And suddenly I’m the bad guy.”\n\nJesse looks at the table.",
      },
      choices = {
        {
          text = {
            nl = "Je blijft bij wat je bij Jesse ziet: stage, slaap, zijn hand, dat hij ertussen gaat staan. Slaan en gooien schaadt Jesse en Fleur, hoe het ook begint.",
            en = "You stick to what you see in Jesse: placement, sleep, his hand, that he steps in between. Hitting and throwing harm Jesse and Fleur, however it starts.",
          },
          next = "na_gesprek", points = 2,
          feedback = {
            nl = "Goed: je oordeelt niet over wie schuld heeft, maar legt de feiten en het effect op de kinderen op tafel. Zo begrijpt iedereen de ernst.",
            en = "Good: you do not judge who is to blame, you put the facts and the effect on the children on the table. That way everyone understands how serious it is.",
          },
        },
        {
          text = {
            nl = "“Wij willen niemand beschuldigen. Laten we het er niet meer over hebben zolang het thuis beter gaat.”",
            en = "“We don’t want to blame anyone. Let’s not talk about it any more as long as things get better at home.”",
          },
          next = "na_gesprek", points = 0,
          feedback = {
            nl = "Zo verdwijnen de zorgen van tafel voordat ze besproken zijn. Het doel van dit gesprek is juist dat de ernst duidelijk wordt.",
            en = "This takes the concerns off the table before they have been discussed. The whole point of this talk is to make the seriousness clear.",
          },
        },
        {
          text = {
            nl = "“Mevrouw, u bent degene die slaat. Daar gaat het om.”",
            en = "“Madam, you are the one who hits. That’s what this is about.”",
          },
          next = "na_gesprek", points = -1,
          feedback = {
            nl = "Een oordeel in plaats van een feit, en Jesse zit erbij. Marieke gaat in de verdediging en Jesse voelt zich de verklikker. Benoem wat je ziet en wat het met de kinderen doet.",
            en = "A judgement instead of a fact, with Jesse sitting there. Marieke gets defensive and Jesse feels like the snitch. Name what you see and what it does to the children.",
          },
        },
      },
    },
    {
      id = "na_gesprek", step = "wegen", speaker = "jesse",
      text = {
        nl = "Marieke zegt aan het eind dat ze “er wel aan zal werken”. Ronald knikt. Ze vertrekken zonder afspraak.\n\nMaandag staat Jesse om acht uur bij je deur. Zijn stem is schor. “Zaterdag weer. Ze gooide een stoel. Ik was op stage; Fleur belde me vanuit de kast. Toen ik thuiskwam, zat mijn vader te bloeden boven zijn oog.”\n\n’s Middags zit je met Hanna om tafel.",
        en = "At the end Marieke says she “will work on it”. Ronald nods. They leave without an agreement.\n\nOn Monday at eight Jesse is at your door. His voice is hoarse. “Saturday again. She threw a chair. I was at my placement; Fleur called me from the wardrobe. When I got home, my dad was bleeding above his eye.”\n\nIn the afternoon you sit down with Hanna.",
      },
      next = "wegen",
    },
    {
      id = "wegen", step = "wegen", speaker = "hanna",
      text = {
        nl = "Hanna legt je aantekeningen naast elkaar. “Laten we het afwegingskader erbij pakken. Is er een vermoeden van huiselijk geweld? Dat lijkt me helder. En dan: is er acute of structurele onveiligheid? Hoe zie jij het?”",
        en = "Hanna lays your notes side by side. “Let’s use the assessment framework. Is there a suspicion of domestic violence? That seems clear to me. And then: is there acute or structural unsafety? How do you see it?”",
      },
      choices = {
        {
          text = {
            nl = "Acuut: we bellen nu 112 en houden Jesse vanavond op school.",
            en = "Acute: we call 112 now and keep Jesse at school tonight.",
          },
          next = "beslissen", points = 1,
          feedback = {
            nl = "Je neemt het zwaar, terecht. Maar acuut betekent direct gevaar in de komende uren of dagen; 112 is voor levensgevaar. Twijfel je, bel dan Veilig Thuis: die kan meteen meekijken.",
            en = "You take it seriously, rightly so. But acute means immediate danger in the coming hours or days; 112 is for danger to life. If in doubt, call Veilig Thuis: they can assess with you at once.",
          },
        },
        {
          text = {
            nl = "Structureel: Jesse en Fleur zijn al maanden, bijna elk weekend, getuige. Jesse gaat ertussen staan. En na ons gesprek gebeurde het opnieuw.",
            en = "Structural: for months, almost every weekend, Jesse and Fleur have witnessed it. Jesse steps in between. And after our talk it happened again.",
          },
          next = "beslissen", points = 3,
          feedback = {
            nl = "Juist. Kinderen die stelselmatig getuige zijn van geweld thuis leven in structurele onveiligheid, ook als ze zelf niet geslagen worden. Dat weegt zwaar.",
            en = "Right. Children who keep witnessing violence at home live in structural unsafety, even when they are not hit themselves. That weighs heavily.",
          },
        },
        {
          text = {
            nl = "Het geweld is tussen de ouders. Jesse wordt zelf niet geslagen en is bijna volwassen; dit is geen kindermishandeling.",
            en = "The violence is between the parents. Jesse is not hit himself and is almost an adult; this is not child abuse.",
          },
          next = "beslissen", points = 0, mistake = "partnergeweld_onderschatten",
          feedback = {
            nl = "Geweld tussen partners schaadt de kinderen die het meemaken. Jesse draagt de zorg voor zijn zusje en stapt tussen zijn ouders in; Fleur is negen en zit in de kast.",
            en = "Violence between partners harms the children who witness it. Jesse carries the care for his sister and steps between his parents; Fleur is nine and sits in the wardrobe.",
          },
        },
      },
    },
    {
      id = "beslissen", step = "beslissen", speaker = "hanna",
      text = {
        nl = "“Ronald belde vanochtend,” zegt Hanna. “Hij wil wel hulp van het buurtteam, van Yusuf Demir, die kennen we. Als we maar niets ‘officieels’ doen. Hij is bang dat het uitkomt, zijn familie, zijn werk.”\n\nZe kijkt je aan. “Wat besluiten we?”",
        en = "“Ronald called this morning,” Hanna says. “He would accept help from the neighbourhood team, from Yusuf Demir, we know him. As long as we don’t do anything ‘official’. He’s afraid it will come out: his family, his job.”\n\nShe looks at you. “What do we decide?”",
      },
      choices = {
        {
          text = {
            nl = "We melden bij Veilig Thuis: structurele onveiligheid meld je. Daarnaast bespreken we met Veilig Thuis hoe Yusuf kan helpen.",
            en = "We report to Veilig Thuis: structural unsafety is reported. Besides that, we discuss with Veilig Thuis how Yusuf can help.",
          },
          next = "informeren", points = 3, actors = { "veilig_thuis" },
          feedback = {
            nl = "Juist, en in de goede volgorde: eerst ‘is melden noodzakelijk?’, dan ‘is hulp (ook) mogelijk?’. Hulp van het buurtteam kan naast de melding, nooit in plaats ervan.",
            en = "Right, and in the right order: first ‘is reporting necessary?’, then ‘is help (also) possible?’. Help from the neighbourhood team can come beside the report, never instead of it.",
          },
        },
        {
          text = {
            nl = "We vragen Marieke en Ronald of ze het goed vinden dat we melden.",
            en = "We ask Marieke and Ronald whether they agree to us reporting.",
          },
          next = "toestemming", points = 0, mistake = "toestemming_vragen_melden",
          feedback = {
            nl = "Je informeert ouders dat je meldt, maar je vraagt geen toestemming. Een ‘nee’ verandert niets aan de onveiligheid, en de school mag Veilig Thuis ook zonder toestemming informeren.",
            en = "You tell parents that you are reporting, but you do not ask permission. A ‘no’ changes nothing about the unsafety, and the school may inform Veilig Thuis without consent.",
          },
        },
        {
          text = {
            nl = "We verwijzen naar Yusuf van het buurtteam. Vader wil hulp, dan is een melding niet nodig.",
            en = "We refer them to Yusuf of the neighbourhood team. Father wants help, so a report is not needed.",
          },
          next = "alleen_buurtteam", points = -2, actors = { "buurtteam" },
          critical = { id = "alleen_buurtteam_bij_onveiligheid" },
          feedback = {
            nl = "Verwijzen naar het buurtteam is hulp organiseren. Bij structurele onveiligheid vervangt dat nooit de melding bij Veilig Thuis, en Marieke heeft nog nergens mee ingestemd.",
            en = "Referring to the neighbourhood team is organising help. With structural unsafety it never replaces the report to Veilig Thuis, and Marieke has not agreed to anything yet.",
          },
        },
      },
    },
    {
      id = "toestemming", step = "beslissen", speaker = "hanna",
      text = {
        nl = "Hanna belt de ouders. Marieke neemt op en is snel klaar: “Geen sprake van. Jullie bemoeien je nergens meer mee.” Ze hangt op.\n\nHanna zucht. “Dat had ik moeten zien aankomen. Toestemming hebben we niet nodig, en de onveiligheid is er niet minder om. We melden toch. Alleen weten ze nu al wat er komt, en hoe ze erover denken.”",
        en = "Hanna calls the parents. Marieke answers and is done quickly: “Out of the question. You stay out of our business from now on.” She hangs up.\n\nHanna sighs. “I should have seen that coming. We don’t need permission, and the unsafety is no less for it. We report anyway. Only now they already know what’s coming, and what they think of it.”",
      },
      next = "informeren",
    },
    {
      id = "informeren", step = "beslissen",
      text = {
        nl = "Hanna gaat melden bij Veilig Thuis. Eerst moet nog besloten worden wie wat hoort, en hoe. Jesse heeft gevraagd of hij “iets gaat merken”.",
        en = "Hanna is going to report to Veilig Thuis. First you need to decide who hears what, and how. Jesse has asked whether he is “going to notice anything”.",
      },
      choices = {
        {
          text = {
            nl = "Hanna meldt anoniem, zodat het gezin niet weet dat het van school komt. Dat voorkomt gedoe.",
            en = "Hanna reports anonymously, so the family does not know it came from the school. That avoids trouble.",
          },
          next = "na_melding", points = 0, actors = { "veilig_thuis" }, mistake = "anoniem_zonder_reden",
          feedback = {
            nl = "Meld open, tenzij er een reden is zoals gevaar voor het kind of jezelf. ‘Gedoe’ is geen reden, en Jesse zou zich verraden voelen als het later toch uitkomt.",
            en = "Report openly, unless there is a reason such as danger to the child or yourself. ‘Trouble’ is no reason, and Jesse would feel betrayed if it came out later anyway.",
          },
        },
        {
          text = {
            nl = "Jij vertelt Jesse vooraf wat er gebeurt en waarom. Hanna laat de ouders weten dat de school meldt, zonder om toestemming te vragen, en meldt open.",
            en = "You tell Jesse beforehand what will happen and why. Hanna lets the parents know the school is reporting, without asking permission, and reports openly.",
          },
          next = "na_melding", points = 2, actors = { "veilig_thuis" },
          feedback = {
            nl = "Goed: je houdt je woord tegenover Jesse en informeert de ouders vooraf. Zou dat gesprek iemand in gevaar brengen, dan had Hanna eerst met Veilig Thuis overlegd.",
            en = "Good: you keep your word to Jesse and inform the parents beforehand. Had that talk put anyone in danger, Hanna would first have agreed the approach with Veilig Thuis.",
          },
        },
        {
          text = {
            nl = "Je vraagt Jesse of hij het thuis wil vertellen; hij kent zijn ouders het best.",
            en = "You ask Jesse whether he wants to tell them at home; he knows his parents best.",
          },
          next = "na_melding", points = 0, actors = { "veilig_thuis" },
          feedback = {
            nl = "Zo leg je de zwaarste boodschap bij de jongen die al tussen zijn ouders in staat. De school informeert de ouders, niet de student.",
            en = "This puts the heaviest message on the boy who already stands between his parents. The school informs the parents, not the student.",
          },
        },
      },
    },
    {
      id = "na_melding", step = "beslissen", speaker = "yusuf",
      text = {
        nl = "Binnen vijf werkdagen belt Veilig Thuis Hanna terug na de veiligheidsbeoordeling. Ze hebben met Marieke en Ronald gesproken, en apart met Jesse. Er komen afspraken over veiligheid; Marieke gaat in gesprek over haar woede. Veilig Thuis draagt de hulp over aan het buurtteam en blijft de eerste weken meekijken.\n\nYusuf Demir mailt je: “Ik plan een driehoeksgesprek met Jesse, jou en mij. Doe je mee?”",
        en = "Within five working days Veilig Thuis calls Hanna back after the safety assessment. They talked with Marieke and Ronald, and separately with Jesse. There will be safety agreements; Marieke will get help with her anger. Veilig Thuis hands the help over to the neighbourhood team and keeps an eye on things for the first weeks.\n\nYusuf Demir emails you: “I’m planning a three-way talk with Jesse, you and me. Will you join?”",
      },
      choices = {
        {
          text = {
            nl = "Je mailt terug dat de zaak nu bij Veilig Thuis en het buurtteam ligt, en sluit het dossier.",
            en = "You reply that the matter is now with Veilig Thuis and the neighbourhood team, and close the file.",
          },
          next = "uit_beeld", points = 0, mistake = "kind_uit_beeld",
          feedback = {
            nl = "Na een melding blijft de school betrokken. Jij ziet Jesse elke week; als het thuis weer misgaat, merk jij het als eerste.",
            en = "After a report the school stays involved. You see Jesse every week; if things go wrong at home again, you will be the first to notice.",
          },
        },
        {
          text = {
            nl = "Je belt Jesse voortaan elk weekend om te horen of het thuis rustig is.",
            en = "From now on you call Jesse every weekend to hear whether it is calm at home.",
          },
          next = "gemeld_met_hulp", points = 1,
          feedback = {
            nl = "Goedbedoeld, maar zo word je Jesses hulpverlener en legt hij weer verantwoording af. Spreek af wat de school doet en wie hij belt als het misgaat.",
            en = "Well meant, but it makes you Jesse’s social worker and puts him back into reporting on his home. Agree on what the school does and whom he calls if things go wrong.",
          },
        },
        {
          text = {
            nl = "Je doet mee. Je spreekt met Jesse en Ton af hoe hij stage combineert met zorg om Fleur, en je geeft nieuwe signalen door aan Yusuf en Hanna.",
            en = "You join. With Jesse and Ton you agree how he combines his placement with worrying about Fleur, and you pass new signs on to Yusuf and Hanna.",
          },
          next = "gemeld_met_hulp", points = 2, actors = { "buurtteam" },
          feedback = {
            nl = "Goed: hulp naast de melding, en de school blijft betrokken vanuit haar eigen rol. Als de hulp niet werkt, doorloop je samen de stappen opnieuw.",
            en = "Good: help beside the report, and the school stays involved from its own role. If the help does not work, you go through the steps again together.",
          },
        },
      },
    },
    {
      id = "alleen_buurtteam", step = "beslissen", speaker = "jesse",
      text = {
        nl = "Yusuf spreekt twee keer met Ronald. Marieke komt niet. Jesse zegt dat het “een beetje rustiger” is.\n\nDrie weken later, vrijdagnacht, belt Fleur 112. De politie komt, Ronald gaat met een gebroken pols naar de spoedeisende hulp en de politie meldt het bij Veilig Thuis.\n\nMaandag zit Jesse in jouw lokaal met een verband om zijn onderarm. “Glas,” zegt hij. “Ik stond ertussen.”",
        en = "Yusuf talks with Ronald twice. Marieke does not come. Jesse says it is “a bit calmer”.\n\nThree weeks later, on Friday night, Fleur calls 112. The police come, Ronald goes to A&E with a broken wrist, and the police report it to Veilig Thuis.\n\nOn Monday Jesse sits in your classroom with a bandage around his forearm. “Glass,” he says. “I was in between.”",
      },
      choices = {
        {
          text = {
            nl = "De politie heeft al gemeld, dus voor de school is er niets meer te doen.",
            en = "The police have already reported, so there is nothing left for the school to do.",
          },
          next = "te_laat", points = 0, mistake = "kind_uit_beeld",
          feedback = {
            nl = "De politie meldt het incident van vrijdag; de school kent de maanden daarvoor. Die informatie heeft Veilig Thuis nodig, en Jesse heeft jou nodig.",
            en = "The police report Friday’s incident; the school knows the months before it. Veilig Thuis needs that information, and Jesse needs you.",
          },
        },
        {
          text = {
            nl = "Je gaat met Hanna de stappen opnieuw door: de hulp bracht geen veiligheid. Hanna meldt vandaag nog bij Veilig Thuis, met alles wat de school weet.",
            en = "With Hanna you go through the steps again: the help did not bring safety. Hanna reports to Veilig Thuis today, with everything the school knows.",
          },
          next = "te_laat", points = 2, actors = { "veilig_thuis" },
          feedback = {
            nl = "Goed, nu alsnog. Als hulp niet op tijd veiligheid brengt, doorloop je de stappen opnieuw en meld je. Beter was geweest: meteen melden, toen al bleek dat de onveiligheid structureel was.",
            en = "Good, better late than never. When help does not bring safety in time, you go through the steps again and report. Better would have been to report at once, when the unsafety was already clearly structural.",
          },
        },
      },
    },
  },

  endings = {
    {
      id = "gemeld_met_hulp",
      title = { nl = "Gemeld, en hulp erbij", en = "Reported, with help alongside" },
      text = {
        nl = "Marieke volgt een traject bij het buurtteam over haar woede; Ronald praat voor het eerst met iemand over wat hij thuis meemaakt. Fleur krijgt een eigen gesprek. In januari loopt Jesse zijn hele zaterdagdienst uit. Ton belt je: “Hij is weer de oude. Wat hebben jullie gedaan?”",
        en = "Marieke follows a programme with the neighbourhood team about her anger; Ronald talks to someone for the first time about what he goes through at home. Fleur gets her own talk. In January Jesse works his whole Saturday shift. Ton calls you: “He’s his old self again. What did you do?”",
      },
      outcome = "melden_structureel",
      route = { "school", "zorgteam", "veilig_thuis", "buurtteam" },
      debrief = {
        nl = "Jesse en Fleur waren stelselmatig getuige van geweld: structurele onveiligheid, dus melden bij Veilig Thuis. Veilig Thuis maakte binnen vijf werkdagen een veiligheidsbeoordeling, sprak ouders en kinderen en droeg de hulp over aan het buurtteam. Blijft het thuis onvoldoende veilig, dan leidt Veilig Thuis door naar het SAVE-team, dat zo nodig de Raad voor de Kinderbescherming inschakelt. Veilig Thuis informeert de school als melder na de veiligheidsbeoordeling en na het onderzoek. De school blijft betrokken: jij volgt Jesse, stemt af met Yusuf en Hanna, en als het misgaat, doorloop je de stappen opnieuw.",
        en = "Jesse and Fleur kept witnessing violence: structural unsafety, so a report to Veilig Thuis. Within five working days Veilig Thuis made a safety assessment, spoke with parents and children and handed the help over to the neighbourhood team. If home stays unsafe, Veilig Thuis routes the family to the SAVE team, which can involve the Child Protection Board if needed. Veilig Thuis informs the school as reporter after the safety assessment and after its investigation. The school stays involved: you follow Jesse, keep in touch with Yusuf and Hanna, and if things go wrong you go through the steps again.",
      },
      history = {
        nl = "In het verhaal uit 2015 verwees de mentor van Suzan naar het buurtteam, zonder melding. Sinds 2019 geldt het afwegingskader: bij structurele onveiligheid, zoals een kind dat stelselmatig getuige is van geweld, meld je bij Veilig Thuis. Hulp van het buurtteam komt daarnaast.",
        en = "In the 2015 story Suzan’s mentor referred the family to the neighbourhood team, without a report. Since 2019 the assessment framework applies: with structural unsafety, such as a child who keeps witnessing violence, you report to Veilig Thuis. Help from the neighbourhood team comes beside it.",
      },
    },
    {
      id = "te_laat",
      title = { nl = "Hulp zonder melding", en = "Help without a report" },
      text = {
        nl = "Veilig Thuis krijgt twee meldingen: die van de politie over vrijdagnacht en, als je alsnog meldt, die van school over de maanden ervoor. Pas samen laten ze zien hoe lang dit al duurt. Jesse zegt tegen je: “Ik dacht dat het nu goed zou komen. Yusuf kwam toch?”",
        en = "Veilig Thuis receives two reports: the police’s about Friday night and, if you do report after all, the school’s about the months before. Only together do they show how long this has been going on. Jesse says to you: “I thought it would be alright now. Yusuf came, didn’t he?”",
      },
      outcome = "melden_structureel",
      route = { "school", "zorgteam", "veilig_thuis", "buurtteam" },
      debrief = {
        nl = "Het buurtteam is hulp, geen melding. Marieke had nergens mee ingestemd en Ronald wilde vooral dat het stil bleef; vrijwillige hulp kon zo geen veiligheid brengen. Bij structurele onveiligheid meld je bij Veilig Thuis en bespreek je daarna welke hulp erbij kan. Nu beoordeelt Veilig Thuis de veiligheid na een politiemelding; omdat er al hulp liep die niet werkte, ligt een overdracht aan het SAVE-team voor de hand, dat voorwaarden stelt en zo nodig de Raad inschakelt. De school geeft haar informatie door, volgt Jesse en blijft betrokken.",
        en = "The neighbourhood team is help, not a report. Marieke had agreed to nothing and Ronald mainly wanted it kept quiet; voluntary help could not bring safety that way. With structural unsafety you report to Veilig Thuis and then discuss what help can come beside it. Now Veilig Thuis assesses safety after a police report; because help was already under way and did not work, a handover to the SAVE team, which sets conditions and can involve the Board if needed, is likely. The school passes on its information, follows Jesse and stays involved.",
      },
      history = {
        nl = "In 2015 was doorverwijzen naar het buurtteam zonder melding gangbaar, zoals bij Pieter en Suzan. Sinds 2019 vraagt het afwegingskader eerst: is er acute of structurele onveiligheid? Dan melden.",
        en = "In 2015 referring to the neighbourhood team without a report was common, as with Pieter and Suzan. Since 2019 the assessment framework asks first: is there acute or structural unsafety? Then report.",
      },
    },
    {
      id = "uit_beeld",
      title = { nl = "Gemeld, en toen losgelaten", en = "Reported, then let go" },
      text = {
        nl = "De melding is gedaan en de hulp loopt. Maar niemand op school let er nog op. In februari mist Jesse drie stagedagen; Ton schrapt hem uit het rooster. Jesse zegt er niets over, en niemand vraagt het. In maart meldt hij zich af voor de opleiding.",
        en = "The report was made and help is under way. But nobody at school pays attention any more. In February Jesse misses three placement days; Ton takes him off the rota. Jesse says nothing, and nobody asks. In March he drops out of the course.",
      },
      outcome = "melden_structureel",
      route = { "school", "zorgteam", "veilig_thuis", "buurtteam" },
      debrief = {
        nl = "Het melden was juist: Jesse en Fleur waren stelselmatig getuige van geweld. Maar een melding is geen eindpunt. Veilig Thuis beoordeelt de veiligheid, draagt hulp over aan het buurtteam of het SAVE-team en informeert de school; de school blijft het kind zien. Signalen als gemiste stagedagen horen terug bij Yusuf en Hanna, zodat de hulp kan bijsturen of de stappen opnieuw worden doorlopen. Zo had Jesse zijn opleiding kunnen houden.",
        en = "Reporting was right: Jesse and Fleur kept witnessing violence. But a report is not an end point. Veilig Thuis assesses safety, hands help over to the neighbourhood team or the SAVE team and informs the school; the school keeps seeing the child. Signs like missed placement days belong back with Yusuf and Hanna, so the help can adjust or the steps can be gone through again. That way Jesse could have kept his course.",
      },
    },
  },
}
