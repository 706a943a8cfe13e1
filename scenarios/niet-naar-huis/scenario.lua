-- Case: a 16-year-old mbo sports student with bruised ribs who says he cannot
-- go home tonight; his father kicked him and threatened him. Teaches acute
-- unsafety: one seriously alarming sign is enough, Veilig Thuis at once
-- (0800-2000, day and night), 112 when there is immediate danger, and the
-- student never goes home unprotected. The parent is not told first.
local function same(s) return { nl = s, en = s } end

return {
  format = 1,
  id = "niet-naar-huis",
  title = { nl = "Niet naar huis", en = "Not going home" },
  language = "nl",
  languages = { "nl", "en" },
  audience = {
    nl = "Docenten, studieloopbaanbegeleiders en zorgcoördinatoren in het mbo",
    en = "Teachers, study and career coaches and care coordinators in vocational education (mbo)",
  },
  summary = {
    nl = "Jordy (16) kan bij de sportles nauwelijks ademhalen van de pijn en zegt dat hij vanavond niet naar huis kan. Jij bent zijn docent sport.",
    en = "Jordy (16) can barely breathe for pain during the sports lesson and says he cannot go home tonight. You are his sports teacher.",
  },
  school_type = "mbo",
  minutes = 16,
  version = "1.0",
  pass_mark = 0.7,
  start = "sportles",

  characters = {
    jordy = {
      name = same("Jordy Hoekstra"),
      role = { nl = "student Sport en Bewegen, 1e jaar, 16 jaar", en = "Sport and Movement student, 1st year, 16 years old" },
    },
    esther = {
      name = same("Esther Dijkstra"),
      role = { nl = "zorgcoördinator en aandachtsfunctionaris", en = "care coordinator and safeguarding lead" },
    },
    consulent = {
      name = { nl = "Consulent van Veilig Thuis", en = "Veilig Thuis adviser" },
      role = { nl = "0800-2000, dag en nacht bereikbaar", en = "0800-2000, reachable day and night" },
    },
    erik = {
      name = same("Erik Hoekstra"),
      role = { nl = "vader van Jordy", en = "Jordy’s father" },
    },
    hans = {
      name = same("Hans Rijnders"),
      role = { nl = "conciërge", en = "caretaker" },
    },
  },

  scenes = {
    {
      id = "sportles", step = "signalen",
      text = {
        nl = "Dinsdag 4 februari, 13.40 uur. Je bent docent sport bij de opleiding Sport en Bewegen van het ROC. Jordy Hoekstra (16), normaal de eerste die een bal pakt, zit met zijn jas aan op de bank.\n\nAls hij toch meedoet en een pass wil vangen, klapt hij dubbel en hapt hij naar adem. Zijn rechterpols is dik. ‘Niks aan de hand,’ zegt hij. ‘Gewoon gevallen.’\n\nWat doe je?",
        en = "Tuesday 4 February, 13:40. You teach sport on the Sport and Movement course at the vocational college. Jordy Hoekstra (16), usually the first to grab a ball, sits on the bench with his coat on.\n\nWhen he does join in and reaches for a pass, he doubles over and gasps for breath. His right wrist is swollen. ‘Nothing wrong,’ he says. ‘Just fell.’\n\nWhat do you do?",
      },
      choices = {
        {
          text = {
            nl = "Ik stuur hem naar de BHV’er voor een ijszak en ga verder met de les.",
            en = "I send him to the first aider for an ice pack and carry on with the lesson.",
          },
          next = "bij_bhv", points = 1, actors = { "school" },
          feedback = {
            nl = "Zorg voor het letsel is goed, maar je laat het signaal liggen. Iemand die naar adem hapt en ‘gewoon gevallen’ zegt, vraagt om jouw aandacht, niet alleen om een ijszak.",
            en = "Caring for the injury is good, but you leave the sign lying there. Someone gasping for breath who says ‘just fell’ needs your attention, not only an ice pack.",
          },
        },
        {
          text = {
            nl = "Ik laat een collega de groep overnemen, neem Jordy apart mee naar het docentenkantoortje en vraag rustig waar het pijn doet.",
            en = "I ask a colleague to take over the group, take Jordy aside to the staff office and calmly ask where it hurts.",
          },
          next = "kantoortje", points = 2, actors = { "school" },
          feedback = {
            nl = "Goed: je haalt hem uit de groep, geeft hem rust en vraagt open wat er is. Zo kan hij iets vertellen zonder dat zijn klasgenoten meeluisteren.",
            en = "Good: you take him out of the group, give him some calm and ask openly what is wrong. That way he can say something without his classmates listening.",
          },
        },
        {
          text = {
            nl = "‘Niet zeuren, Jordy. Even doorbijten, dan gaat het vanzelf over.’",
            en = "‘Stop moaning, Jordy. Grit your teeth and it’ll pass.’",
          },
          next = "doorbijten", points = -1, actors = { "school" },
          feedback = {
            nl = "Zo negeer je een duidelijk signaal van letsel. Een student die niet kan ademhalen van de pijn, stuur je niet het veld in; je vraagt wat er aan de hand is.",
            en = "This ignores a clear sign of injury. You do not send a student who cannot breathe for pain back onto the court; you ask what is wrong.",
          },
        },
      },
    },
    {
      id = "doorbijten", step = "signalen",
      text = {
        nl = "Jordy probeert mee te doen. Na twee minuten zit hij weer, grauw, zijn arm tegen zijn zij gedrukt. Je laat een collega de groep overnemen en neemt hem mee naar het kantoortje.",
        en = "Jordy tries to join in. After two minutes he is sitting down again, grey in the face, his arm pressed against his side. You ask a colleague to take over and take him to the office.",
      },
      next = "kantoortje",
    },
    {
      id = "bij_bhv", step = "signalen",
      text = {
        nl = "Tien minuten later belt de BHV’er je. ‘Kom even. Dit is meer dan een val.’ Je laat een collega de groep overnemen en zoekt Jordy op in het kantoortje naast de EHBO-ruimte.",
        en = "Ten minutes later the first aider calls you. ‘Come over. This is more than a fall.’ You ask a colleague to take over the group and find Jordy in the office next to the first aid room.",
      },
      next = "kantoortje",
    },
    {
      id = "kantoortje", step = "signalen", speaker = "jordy",
      text = {
        nl = "Als je vraagt waar het pijn doet, trekt Jordy voorzichtig zijn shirt een stukje op. Over zijn linkerzij loopt een grote paarsblauwe plek, met een afdruk van streepjes erin, als van een zool. Ademhalen doet pijn, zegt hij.\n\nDan, zachter: ‘Ik kan vanavond niet naar huis.’\n\nWat doe je met wat je nu ziet en hoort?",
        en = "When you ask where it hurts, Jordy carefully lifts his shirt a little. Across his left side runs a large purple bruise, with a pattern of stripes in it, like a sole. Breathing hurts, he says.\n\nThen, more quietly: ‘I can’t go home tonight.’\n\nWhat do you do with what you now see and hear?",
      },
      choices = {
        {
          text = {
            nl = "Ik maak met mijn telefoon foto’s van zijn zij en zijn pols, zodat er bewijs is.",
            en = "I take photos of his side and wrist with my phone, so there is evidence.",
          },
          next = "fotos", points = -2,
          critical = { id = "verhoren" },
          feedback = {
            nl = "Bewijs verzamelen is niet jouw taak; dat doen Veilig Thuis, een arts en zo nodig de politie. Foto’s op je eigen telefoon beschamen Jordy en horen niet in jouw handen.",
            en = "Gathering evidence is not your job; Veilig Thuis, a doctor and if needed the police do that. Photos on your own phone shame Jordy and do not belong in your hands.",
          },
        },
        {
          text = {
            nl = "Ik noteer het en breng het morgen in bij het zorgoverleg. Dan hebben we een compleet beeld.",
            en = "I note it down and raise it at tomorrow’s care meeting. Then we will have a complete picture.",
          },
          next = "wachten", points = 0, mistake = "wachten_tweede_signaal",
          feedback = {
            nl = "Ernstig letsel en een student die niet naar huis durft: dit is een ernstig zorgwekkend signaal. Dan wacht je niet op morgen of op een tweede signaal, maar kom je direct in actie.",
            en = "Serious injury and a student who dares not go home: this is a seriously alarming sign. You do not wait for tomorrow or for a second sign; you act at once.",
          },
        },
        {
          text = {
            nl = "Dit is ernstig zorgwekkend. Ik wacht niet op meer: ik blijf bij Jordy en laat Esther Dijkstra, de zorgcoördinator, nu meteen komen.",
            en = "This is seriously alarming. I do not wait for more: I stay with Jordy and get Esther Dijkstra, the care coordinator, to come right now.",
          },
          next = "geheim", points = 3, actors = { "zorgteam" },
          feedback = {
            nl = "Goed: één ernstig zorgwekkend signaal is genoeg om direct de stappen te doorlopen. Je laat Jordy niet alleen en haalt de aandachtsfunctionaris erbij.",
            en = "Good: one seriously alarming sign is enough to go through the steps at once. You do not leave Jordy alone, and you bring in the safeguarding lead.",
          },
        },
      },
    },
    {
      id = "fotos", step = "signalen", speaker = "jordy",
      text = {
        nl = "Jordy trekt zijn shirt meteen omlaag. ‘Waarom doe je dat? Wat ga je daarmee doen?’ Hij kijkt naar de deur. Je stopt je telefoon weg en belt Esther Dijkstra, de zorgcoördinator.",
        en = "Jordy pulls his shirt straight down. ‘Why are you doing that? What are you going to do with it?’ He glances at the door. You put your phone away and call Esther Dijkstra, the care coordinator.",
      },
      next = "geheim",
    },
    {
      id = "wachten", step = "consultatie",
      text = {
        nl = "Je zegt Jordy dat je het morgen met de zorgcoördinator bespreekt. Hij knikt en zegt niets.\n\nOm kwart over vier loop je door de hal. Jordy zit er nog, zijn tas op schoot, zijn telefoon in zijn hand. Hij zit er al een uur.",
        en = "You tell Jordy you will discuss it with the care coordinator tomorrow. He nods and says nothing.\n\nAt quarter past four you walk through the hall. Jordy is still there, his bag on his lap, his phone in his hand. He has been sitting there for an hour.",
      },
      choices = {
        {
          text = {
            nl = "‘Ga maar naar huis, Jordy. Morgen zoeken we het samen uit.’",
            en = "‘Go on home, Jordy. We’ll sort it out together tomorrow.’",
          },
          next = "alleen_weg", points = -3,
          critical = {
            id = "onbeschermd_naar_huis",
            explanation = {
              nl = "Een leerling die ernstig letsel heeft en zegt niet naar huis te durven, gaat niet onbeschermd naar huis. Bel Veilig Thuis; bij direct gevaar 112.",
              en = "A pupil with a serious injury who says he dares not go home does not go home unprotected. Call Veilig Thuis; when there is immediate danger, 112.",
            },
          },
          feedback = {
            nl = "Jordy zei dat hij niet naar huis kan, en hij zit hier al een uur. Je stuurt hem terug naar de plek waar hij bang voor is.",
            en = "Jordy said he cannot go home, and he has been sitting here for an hour. You are sending him back to the place he is afraid of.",
          },
        },
        {
          text = {
            nl = "Ik ga naast hem zitten en bel Esther Dijkstra nu alsnog. Ze is er nog.",
            en = "I sit down next to him and call Esther Dijkstra now after all. She is still here.",
          },
          next = "geheim", points = 2, actors = { "zorgteam" },
          feedback = {
            nl = "Goed dat je bijstuurt: zijn uur in de hal zegt genoeg. Je haalt de aandachtsfunctionaris erbij voordat hij de school verlaat.",
            en = "Good that you change course: his hour in the hall says enough. You bring in the safeguarding lead before he leaves the building.",
          },
        },
      },
    },
    {
      id = "geheim", step = "gesprek", speaker = "jordy",
      text = {
        nl = "Jordy kijkt je aan. ‘Je mag dit aan niemand vertellen. Echt niet. Als hij hoort dat ik iets gezegd heb, wordt het alleen maar erger.’",
        en = "Jordy looks at you. ‘You can’t tell anyone about this. Really. If he finds out I said anything, it’ll only get worse.’",
      },
      choices = {
        {
          text = {
            nl = "‘Oké, ik beloof het. Het blijft tussen ons.’",
            en = "‘OK, I promise. It stays between us.’",
          },
          next = "belofte", points = -3,
          critical = { id = "geheim_beloven" },
          feedback = {
            nl = "Een belofte die je niet kunt houden: om Jordy veilig te krijgen heb je anderen nodig. Breek je de belofte later, dan verlies je zijn vertrouwen; houd je haar, dan blijft hij alleen.",
            en = "A promise you cannot keep: to get Jordy safe you need others. Break it later and you lose his trust; keep it and he stays on his own.",
          },
        },
        {
          text = {
            nl = "‘Dan moet je me eerst precies vertellen wat er gebeurd is. Anders kan ik niks.’",
            en = "‘Then you have to tell me exactly what happened first. Otherwise I can’t do anything.’",
          },
          next = "onthulling", points = 0,
          feedback = {
            nl = "Je maakt hulp afhankelijk van zijn verhaal en zet hem onder druk. Je hoeft niet te weten wat er precies gebeurde om hem te beschermen; dat uitzoeken is aan Veilig Thuis.",
            en = "You make help depend on his story and put him under pressure. You do not need to know exactly what happened to protect him; finding that out is for Veilig Thuis.",
          },
        },
        {
          text = {
            nl = "‘Dat kan ik niet beloven. Ik wil dat je veilig bent, en daar heb ik anderen voor nodig. Ik vertel je steeds eerlijk wat ik doe en met wie.’",
            en = "‘I can’t promise that. I want you to be safe, and I need others for that. I’ll always tell you honestly what I’m doing and with whom.’",
          },
          next = "onthulling", points = 3,
          feedback = {
            nl = "Goed: eerlijk, zonder geheimhouding te beloven, en met de toezegging dat hij weet wat je doet. Houd je daar dan ook aan.",
            en = "Good: honest, without promising secrecy, and with the commitment that he will know what you do. Then keep to it.",
          },
        },
      },
    },
    {
      id = "belofte", step = "gesprek", speaker = "jordy",
      text = {
        nl = "De deur gaat open: Esther Dijkstra, de zorgcoördinator, komt binnen. Jordy kijkt jou aan. ‘Je hebt het beloofd.’",
        en = "The door opens: Esther Dijkstra, the care coordinator, comes in. Jordy looks at you. ‘You promised.’",
      },
      choices = {
        {
          text = {
            nl = "‘Dat had ik niet mogen beloven, sorry. Ik wil dat je veilig bent, en daar heb ik Esther voor nodig. Ik vertel je alles wat we doen.’",
            en = "‘I shouldn’t have promised that, I’m sorry. I want you to be safe, and I need Esther for that. I’ll tell you everything we do.’",
          },
          next = "onthulling", points = 2,
          feedback = {
            nl = "Dit is de enige goede weg terug: eerlijk zeggen dat de belofte fout was, en uitleggen waarom. Het vertrouwen heeft een deuk, maar Jordy blijft niet alleen.",
            en = "This is the only good way back: say honestly that the promise was wrong, and explain why. Trust is dented, but Jordy is not left on his own.",
          },
        },
        {
          text = {
            nl = "‘Het is al goed, Esther. We redden het samen.’ Ik stuur haar vriendelijk weg.",
            en = "‘It’s fine, Esther. We can manage.’ I kindly send her away.",
          },
          next = "alleen_weg", points = -2,
          feedback = {
            nl = "Je houdt een belofte die je nooit had mogen doen, en stuurt de aandachtsfunctionaris weg. Jordy’s veiligheid voor vanavond is nu afhankelijk van jou alleen.",
            en = "You keep a promise you should never have made, and send the safeguarding lead away. Jordy’s safety tonight now depends on you alone.",
          },
        },
      },
    },
    {
      id = "onthulling", step = "gesprek", speaker = "jordy",
      text = {
        nl = "Esther schuift aan. Jordy vertelt, met horten en stoten. Gisteravond kreeg hij ruzie met zijn vader, Erik. Zijn vader duwde hem tegen de grond en schopte hem, ‘met zijn werkschoenen’. Monique, de vriendin van zijn vader, gilde en nam haar dochter Fleur (10) mee naar boven.\n\n‘Hij zei: als je iemand iets vertelt, hoef je nooit meer thuis te komen. Hij is er vanavond. Ik ga niet naar huis.’",
        en = "Esther joins you. Jordy tells his story in fits and starts. Last night he had a row with his father, Erik. His father pushed him to the floor and kicked him, ‘with his work boots’. Monique, his father’s girlfriend, screamed and took her daughter Fleur (10) upstairs.\n\n‘He said: if you tell anyone, you needn’t ever come home again. He’s home tonight. I’m not going home.’",
      },
      choices = {
        {
          text = {
            nl = "‘Weet je zeker dat het zo ging? Je vader leek me op de ouderavond zo’n rustige man.’",
            en = "‘Are you sure that’s how it went? Your father seemed such a calm man at the parents’ evening.’",
          },
          next = "vt_bellen", points = -1,
          feedback = {
            nl = "Twijfel uitspreken leert Jordy dat vertellen niet helpt. Of het zo ging, hoef jij niet te beoordelen; luister, en laat het onderzoek aan Veilig Thuis.",
            en = "Voicing doubt teaches Jordy that telling does not help. Whether it happened that way is not for you to judge; listen, and leave the investigating to Veilig Thuis.",
          },
        },
        {
          text = {
            nl = "Ik luister, zeg dat het goed is dat hij het vertelt, dat het niet zijn schuld is, en dat hij vanavond niet onbeschermd naar huis gaat.",
            en = "I listen, say it is good that he told us, that it is not his fault, and that he will not go home unprotected tonight.",
          },
          next = "vt_bellen", points = 3,
          feedback = {
            nl = "Goed: luisteren, erkennen, geen details uitvragen, en meteen duidelijk maken dat zijn veiligheid voorgaat. Zijn woorden schrijf je straks letterlijk op.",
            en = "Good: listen, acknowledge, do not dig for details, and make clear at once that his safety comes first. You will write down his words literally later.",
          },
        },
        {
          text = {
            nl = "Ik vraag door: hoe vaak gebeurt dit, sinds wanneer, en waarmee slaat hij nog meer?",
            en = "I ask more: how often does this happen, since when, and what else does he hit with?",
          },
          next = "vt_bellen", points = -2,
          critical = { id = "verhoren" },
          feedback = {
            nl = "Dit is verhoren. Details uitvragen belast Jordy en kan een later onderzoek door Veilig Thuis of de politie verstoren. Wat je nu nodig hebt, weet je al: letsel, een dreiging, en angst voor vanavond.",
            en = "This is interrogating. Digging for details burdens Jordy and can spoil a later investigation by Veilig Thuis or the police. What you need now, you already know: injury, a threat, and fear for tonight.",
          },
        },
      },
    },
    {
      id = "vt_bellen", step = "consultatie", speaker = "esther",
      text = {
        nl = "Esther neemt je even mee naar de gang. ‘Letsel van gisteravond, een dreiging, en hij durft niet naar huis. Wie bellen we nu?’",
        en = "Esther takes you out into the corridor for a moment. ‘An injury from last night, a threat, and he doesn’t dare go home. Whom do we call now?’",
      },
      choices = {
        {
          text = {
            nl = "Zijn vader. Dan horen we ook zijn kant, en kunnen we samen kijken hoe het vanavond moet.",
            en = "His father. Then we hear his side too, and we can work out together what happens tonight.",
          },
          next = "vader_gebeld", points = -3,
          critical = { id = "ouders_confronteren_onveilig" },
          feedback = {
            nl = "De vader dreigde Jordy juist voor het geval dat hij iets zou vertellen. Hem nu bellen brengt Jordy in direct gevaar. Bij zo’n dreiging sla je het gesprek met de ouder over en raadpleeg je Veilig Thuis.",
            en = "The father threatened Jordy precisely in case he told anyone. Calling him now puts Jordy in immediate danger. With such a threat you skip the talk with the parent and consult Veilig Thuis.",
          },
        },
        {
          text = {
            nl = "Veilig Thuis, nu meteen, op 0800-2000. Letsel, een bedreiging en angst voor vanavond: dit is een crisis.",
            en = "Veilig Thuis, right now, on 0800-2000. Injury, a threat and fear for tonight: this is a crisis.",
          },
          next = "vt_advies", points = 3, actors = { "veilig_thuis" },
          feedback = {
            nl = "Goed: bij een crisis en bij lichamelijk letsel raadpleeg je Veilig Thuis, dat dag en nacht bereikbaar is en direct kan optreden.",
            en = "Good: in a crisis and with physical injury you consult Veilig Thuis, which is reachable day and night and can act at once.",
          },
        },
        {
          text = {
            nl = "De gezinswerker van het buurtteam. Die kan deze week bij het gezin langs.",
            en = "The family worker of the neighbourhood team. They can visit the family this week.",
          },
          next = "gezinswerker", points = 0, actors = { "buurtteam" },
          feedback = {
            nl = "Het buurtteam biedt hulp dichtbij het gezin, met instemming. Bij een crisis met letsel en een dreiging voor vanavond bel je Veilig Thuis, dat meteen kan handelen.",
            en = "The neighbourhood team offers help close to the family, with consent. In a crisis with injury and a threat for tonight you call Veilig Thuis, which can act straight away.",
          },
        },
      },
    },
    {
      id = "gezinswerker", step = "consultatie",
      text = {
        nl = "De gezinswerker neemt meteen op en luistert. ‘Dit is niet iets om deze week op te pakken. Bel nu Veilig Thuis.’ Esther belt 0800-2000.",
        en = "The family worker answers at once and listens. ‘This is not something to pick up this week. Call Veilig Thuis now.’ Esther dials 0800-2000.",
      },
      next = "vt_advies",
    },
    {
      id = "vt_advies", step = "consultatie", speaker = "consulent",
      text = {
        nl = "Esther zet de consulent van Veilig Thuis op de speaker. Die vraagt naar het letsel, de bedreiging en wie er thuis wonen.\n\n‘Laat Jordy nu door een arts bekijken: met pijn bij het ademen wil je een gebroken rib uitsluiten. Laat hem vanavond niet naar huis gaan, en niet alleen de school uit. Bel me terug als jullie het op een rij hebben. En komt zijn vader naar school en dreigt hij: bel 112.’",
        en = "Esther puts the Veilig Thuis adviser on speaker. The adviser asks about the injury, the threat and who lives in the house.\n\n‘Have a doctor look at Jordy now: with pain when breathing you want to rule out a broken rib. Don’t let him go home tonight, and don’t let him leave the school alone. Call me back once you have it all together. And if his father comes to the school and threatens: call 112.’",
      },
      next = "arts",
    },
    {
      id = "arts", step = "wegen",
      text = {
        nl = "Jordy zit ineengedoken op een stoel in het kantoortje, zijn arm tegen zijn zij. Hoe regel je de medische zorg?",
        en = "Jordy sits hunched on a chair in the office, his arm against his side. How do you arrange medical care?",
      },
      choices = {
        {
          text = {
            nl = "Esther belt Jordy’s huisarts voor een spoedafspraak. Ik ga met Jordy mee en blijf bij hem.",
            en = "Esther calls Jordy’s GP for an urgent appointment. I go with Jordy and stay with him.",
          },
          next = "vastleggen", points = 3,
          feedback = {
            nl = "Goed: direct fysiek gevaar weegt het zwaarst, en pijn bij het ademen kan een gebroken rib zijn. Jordy is zestien en mag zelf naar de huisarts; jij zorgt dat hij niet alleen is.",
            en = "Good: immediate physical danger weighs heaviest, and pain on breathing can mean a broken rib. Jordy is sixteen and may see a GP on his own consent; you make sure he is not alone.",
          },
        },
        {
          text = {
            nl = "Een paracetamol en even liggen in de EHBO-ruimte. Doet het morgen nog pijn, dan gaat hij naar de huisarts.",
            en = "A paracetamol and a lie-down in the first aid room. If it still hurts tomorrow, he can see his GP.",
          },
          next = "alsnog_arts", points = 0,
          feedback = {
            nl = "Morgen is te laat: pijn bij het ademen na een schop kan een gebroken rib zijn. En Veilig Thuis vroeg om een arts, nu.",
            en = "Tomorrow is too late: pain on breathing after a kick can mean a broken rib. And Veilig Thuis asked for a doctor, now.",
          },
        },
        {
          text = {
            nl = "Ik bel Monique, de vriendin van zijn vader. Zij kan hem naar de dokter brengen.",
            en = "I call Monique, his father’s girlfriend. She can take him to the doctor.",
          },
          next = "alsnog_arts", points = 0,
          feedback = {
            nl = "Monique woont met Jordy’s vader. Als zij het weet, weet hij het misschien ook, en dat brengt Jordy in gevaar. Wie wanneer wordt ingelicht, bepaal je samen met Veilig Thuis.",
            en = "Monique lives with Jordy’s father. If she knows, he may know too, and that puts Jordy in danger. Who is told, and when, you decide together with Veilig Thuis.",
          },
        },
      },
    },
    {
      id = "alsnog_arts", step = "wegen", speaker = "esther",
      text = {
        nl = "Esther schudt haar hoofd. ‘Veilig Thuis vroeg om een arts, en niemand thuis moet dit nu al weten.’ Ze belt Jordy’s huisarts: hij kan om half drie komen. Jij gaat met hem mee.",
        en = "Esther shakes her head. ‘Veilig Thuis asked for a doctor, and no one at home should know yet.’ She calls Jordy’s GP: he can come at half past two. You go with him.",
      },
      next = "vastleggen",
    },
    {
      id = "vastleggen", step = "signalen",
      text = {
        nl = "In de wachtkamer van de huisarts heb je tien minuten. Esther heeft gevraagd om alvast op te schrijven wat je vandaag hebt gezien en gehoord. Wat schrijf je?",
        en = "In the GP’s waiting room you have ten minutes. Esther asked you to write down what you saw and heard today. What do you write?",
      },
      choices = {
        {
          text = {
            nl = "Niets. Veilig Thuis hoort het verhaal toch van Jordy zelf.",
            en = "Nothing. Veilig Thuis will hear the story from Jordy himself anyway.",
          },
          next = "huisarts", points = 0,
          feedback = {
            nl = "Wat jij zag en hoorde, is informatie die alleen jij hebt. Jordy hoeft zijn verhaal dan niet steeds opnieuw te doen, en de melding staat op feiten.",
            en = "What you saw and heard is information only you have. Then Jordy does not have to keep retelling his story, and the report rests on facts.",
          },
        },
        {
          text = {
            nl = "Tijden; wat ik zag (plek, kleur, de afdruk, de dikke pols); Jordy’s eigen woorden tussen aanhalingstekens; wie wanneer gebeld is.",
            en = "Times; what I saw (location, colour, the imprint, the swollen wrist); Jordy’s own words in quotation marks; who was called when.",
          },
          next = "huisarts", points = 2,
          feedback = {
            nl = "Goed: feitelijk, gedateerd, met zijn letterlijke woorden en zonder jouw uitleg. Dat heeft Veilig Thuis nodig voor de melding.",
            en = "Good: factual, dated, with his literal words and without your explanation. That is what Veilig Thuis needs for the report.",
          },
        },
        {
          text = {
            nl = "‘Jordy wordt thuis al langer mishandeld door zijn agressieve vader.’",
            en = "‘Jordy has been abused at home by his aggressive father for some time.’",
          },
          next = "huisarts", points = 0, mistake = "interpreteren",
          feedback = {
            nl = "‘Al langer’ en ‘agressief’ zijn jouw conclusies; Jordy vertelde over gisteravond. Schrijf op wat je zag en wat hij letterlijk zei.",
            en = "‘For some time’ and ‘aggressive’ are your conclusions; Jordy told you about last night. Write down what you saw and what he literally said.",
          },
        },
      },
    },
    {
      id = "huisarts", step = "wegen",
      text = {
        nl = "De huisarts onderzoekt Jordy: twee gekneusde ribben en een verstuikte pols. Ze legt het letsel vast in haar dossier en zegt dat Veilig Thuis haar mag bellen.\n\nOm kwart over drie ben je terug op school.",
        en = "The GP examines Jordy: two bruised ribs and a sprained wrist. She records the injuries in her notes and says Veilig Thuis may call her.\n\nAt quarter past three you are back at school.",
      },
      next = "wegen",
    },
    {
      id = "wegen", step = "wegen", speaker = "esther",
      text = {
        nl = "Esther legt het afwegingskader op tafel. ‘Vermoeden: ja, dat is duidelijk. Maar is er acute of structurele onveiligheid?’",
        en = "Esther puts the assessment framework on the table. ‘Suspicion: yes, that is clear. But is there acute or structural unsafety?’",
      },
      choices = {
        {
          text = {
            nl = "Dat weten we pas als we de vader hebben gesproken.",
            en = "We won’t know until we have spoken to the father.",
          },
          next = "vt_bijsturen", points = 0,
          feedback = {
            nl = "Jij hoeft niet vast te stellen wat er gebeurde. Met letsel en een bedreiging sla je het gesprek met de vader juist over, omdat het Jordy in gevaar brengt.",
            en = "You do not have to establish what happened. With injury and a threat you skip the talk with the father precisely because it endangers Jordy.",
          },
        },
        {
          text = {
            nl = "Acuut: letsel van gisteravond, een bedreiging als hij iets vertelt, en zijn vader is er vanavond. We melden nu.",
            en = "Acute: injury from last night, a threat if he tells, and his father is home tonight. We report now.",
          },
          next = "melden", points = 3,
          feedback = {
            nl = "Goed: de veiligheid van Jordy is de komende uren niet gegarandeerd. Dat is acute onveiligheid, en dan meld je meteen bij Veilig Thuis.",
            en = "Good: Jordy’s safety is not guaranteed for the coming hours. That is acute unsafety, and then you report to Veilig Thuis at once.",
          },
        },
        {
          text = {
            nl = "Structureel misschien, maar niet acuut: hij is zestien en kan zich redden. Melden kan morgen.",
            en = "Structural perhaps, but not acute: he is sixteen and can look after himself. Reporting can wait till tomorrow.",
          },
          next = "vt_bijsturen", points = 0,
          feedback = {
            nl = "Zestien is nog minderjarig, en tegen een volwassene met werkschoenen red je het niet. Letsel, een dreiging en een vader die er vanavond is: dat is acuut.",
            en = "Sixteen is still a minor, and no one copes against an adult in work boots. Injury, a threat and a father who is home tonight: that is acute.",
          },
        },
      },
    },
    {
      id = "vt_bijsturen", step = "wegen", speaker = "consulent",
      text = {
        nl = "Esther belt Veilig Thuis terug om te overleggen. De consulent is duidelijk: ‘Letsel, een bedreiging, en vanavond is hij thuis. Dit is acuut. Jullie melden nu, en de vader spreekt niemand van school voordat wij dat besproken hebben.’",
        en = "Esther calls Veilig Thuis back to discuss it. The adviser is clear: ‘Injury, a threat, and tonight he is home. This is acute. You report now, and no one from the school speaks to the father until we have talked it through.’",
      },
      next = "melden",
    },
    {
      id = "melden", step = "beslissen", speaker = "esther",
      text = {
        nl = "Esther belt Veilig Thuis om te melden. ‘Wat geven we mee?’ vraagt ze.",
        en = "Esther calls Veilig Thuis to make the report. ‘What do we pass on?’ she asks.",
      },
      choices = {
        {
          text = {
            nl = "Alleen wat over Jordy gaat. Fleur is niet onze leerling, daar gaan wij niet over.",
            en = "Only what concerns Jordy. Fleur is not our pupil, that is not our business.",
          },
          next = "vannacht", points = 1, actors = { "veilig_thuis" },
          feedback = {
            nl = "Veilig Thuis kijkt naar het hele gezin. Dat Fleur (10) het zag en in hetzelfde huis woont, hoort in de melding; Veilig Thuis beslist wat het daarmee doet.",
            en = "Veilig Thuis looks at the whole family. That Fleur (10) saw it and lives in the same house belongs in the report; Veilig Thuis decides what to do with that.",
          },
        },
        {
          text = {
            nl = "We melden niet: Jordy kan zelf aangifte doen bij de politie.",
            en = "We don’t report: Jordy can go to the police himself.",
          },
          next = "esther_meldt", points = 0,
          feedback = {
            nl = "Aangifte is iets anders dan een melding. Een melding bij Veilig Thuis zorgt voor bescherming en hulp; aangifte is een keuze die Jordy later met Veilig Thuis en de politie kan maken.",
            en = "Pressing charges is different from a report. A report to Veilig Thuis brings protection and help; pressing charges is a choice Jordy can make later with Veilig Thuis and the police.",
          },
        },
        {
          text = {
            nl = "Alles wat we zagen en hoorden, letterlijk; het letsel volgens de huisarts; dat Monique en Fleur (10) ook in huis wonen. We melden open.",
            en = "Everything we saw and heard, verbatim; the injuries according to the GP; that Monique and Fleur (10) also live in the house. We report openly.",
          },
          next = "vannacht", points = 3, actors = { "veilig_thuis" },
          feedback = {
            nl = "Goed: feiten, bronnen, en het hele huishouden. Een open melding maakt samenwerken met Veilig Thuis makkelijker; wie wanneer wordt ingelicht, bepaalt Veilig Thuis mee.",
            en = "Good: facts, sources and the whole household. An open report makes working with Veilig Thuis easier; Veilig Thuis helps decide who is told and when.",
          },
        },
      },
    },
    {
      id = "esther_meldt", step = "beslissen", speaker = "esther",
      text = {
        nl = "Esther kijkt je aan. ‘Aangifte is aan Jordy, later, met hulp. Wij melden nu, want hij is vanavond niet veilig.’ Ze doet de melding, met alles wat jullie weten, ook over Fleur.",
        en = "Esther looks at you. ‘Pressing charges is up to Jordy, later, with support. We report now, because he is not safe tonight.’ She makes the report, with everything you know, including Fleur.",
      },
      next = "vannacht",
    },
    {
      id = "vannacht", step = "beslissen", speaker = "consulent",
      text = {
        nl = "Veilig Thuis neemt de melding aan. ‘Is er iemand bij wie Jordy veilig kan zijn?’ Jordy noemt zijn oma in Nieuwegein; zijn vader heeft geen contact met haar. Veilig Thuis belt oma en spreekt af dat ze hem om zes uur komt halen, samen met een medewerker van Veilig Thuis.\n\nHet is half vier. Wat doet de school tot die tijd?",
        en = "Veilig Thuis accepts the report. ‘Is there someone Jordy can be safe with?’ Jordy names his grandmother in Nieuwegein; his father has no contact with her. Veilig Thuis calls her and arranges that she will collect him at six, together with a Veilig Thuis worker.\n\nIt is half past three. What does the school do until then?",
      },
      choices = {
        {
          text = {
            nl = "Jordy blijft op school, in een ruimte uit het zicht, bij Esther of mij. Conciërge en receptie weten dat hij aan niemand wordt meegegeven.",
            en = "Jordy stays at school, in a room out of sight, with Esther or me. The caretaker and reception know he is not to be handed over to anyone.",
          },
          next = "hek", points = 3,
          feedback = {
            nl = "Goed: Jordy gaat niet onbeschermd de deur uit, en wie bij de ingang staat, weet wat te doen. Zo houd je hem veilig tot oma en Veilig Thuis er zijn.",
            en = "Good: Jordy does not leave unprotected, and those at the entrance know what to do. That keeps him safe until his grandmother and Veilig Thuis arrive.",
          },
        },
        {
          text = {
            nl = "Ik neem hem mee naar mijn huis en breng hem vanavond zelf naar oma.",
            en = "I take him to my home and bring him to his grandmother myself this evening.",
          },
          next = "eigen_huis", points = -2,
          critical = { id = "alleen_handelen" },
          feedback = {
            nl = "Goed bedoeld, maar je gaat buiten de afspraken met Veilig Thuis om en brengt jezelf en Jordy in een kwetsbare positie. Bescherming regel je samen met de school en Veilig Thuis, niet privé.",
            en = "Well meant, but you go outside the arrangements with Veilig Thuis and put yourself and Jordy in a vulnerable position. Protection is arranged with the school and Veilig Thuis, not privately.",
          },
        },
        {
          text = {
            nl = "Jordy mag zelf met de bus naar oma. Hij is zestien.",
            en = "Jordy can take the bus to his grandmother himself. He is sixteen.",
          },
          next = "bus", points = -1,
          feedback = {
            nl = "Zijn vader zei dat hij nooit meer thuis hoeft te komen, en weet waar Jordy op school zit. Alleen met de bus is onbeschermd; Veilig Thuis sprak niet voor niets af dat oma hem komt halen.",
            en = "His father said he need never come home again, and knows where Jordy goes to school. Alone on the bus is unprotected; Veilig Thuis arranged for his grandmother to fetch him for a reason.",
          },
        },
      },
    },
    {
      id = "eigen_huis", step = "beslissen", speaker = "esther",
      text = {
        nl = "Esther houdt je tegen. ‘Veilig Thuis heeft iets afgesproken met oma. Als wij hem ergens anders heen brengen, weet niemand meer waar hij is.’ Jordy blijft op school, in het kamertje achter de mediatheek.",
        en = "Esther stops you. ‘Veilig Thuis has arranged something with his grandmother. If we take him somewhere else, no one knows where he is any more.’ Jordy stays at school, in the small room behind the library.",
      },
      next = "hek",
    },
    {
      id = "bus", step = "beslissen",
      text = {
        nl = "Om kwart voor vier stapt Jordy alleen in bus 77. Esther hoort het pas als hij weg is en belt Veilig Thuis.",
        en = "At quarter to four Jordy gets on bus 77 alone. Esther only hears once he has gone, and calls Veilig Thuis.",
      },
      next = "einde_onbeschermd",
    },
    {
      id = "hek", step = "beslissen", speaker = "hans",
      text = {
        nl = "15.40 uur. Hans, de conciërge, belt: ‘Jordy’s vader staat bij de receptie. Hij schreeuwt dat hij zijn zoon komt halen en dat hij hem afmaakt. Ik hield hem tegen en hij duwde me tegen de balie.’\n\nIn het kamertje hoort Jordy het geschreeuw door de gang. Hij begint te trillen.\n\nWat doe je?",
        en = "15:40. Hans, the caretaker, calls: ‘Jordy’s father is at reception. He’s shouting that he’s come for his son and that he’ll kill him. I stopped him and he shoved me against the desk.’\n\nIn the little room Jordy hears the shouting down the corridor. He starts to shake.\n\nWhat do you do?",
      },
      choices = {
        {
          text = {
            nl = "Esther belt Veilig Thuis en we wachten op hun advies.",
            en = "Esther calls Veilig Thuis and we wait for their advice.",
          },
          next = "wachten_op_vt", points = 1, actors = { "veilig_thuis" },
          feedback = {
            nl = "Veilig Thuis blijft je partner, maar bij direct gevaar bel je eerst 112. Dat had de consulent ook al gezegd.",
            en = "Veilig Thuis remains your partner, but with immediate danger you call 112 first. The adviser had already said so.",
          },
        },
        {
          text = {
            nl = "Ik ga zelf naar beneden om zijn vader te kalmeren. Ik ken hem van de ouderavond.",
            en = "I go downstairs myself to calm his father down. I know him from the parents’ evening.",
          },
          next = "kalmeren", points = -2,
          critical = { id = "ouders_confronteren_onveilig" },
          feedback = {
            nl = "Een vader die net iemand heeft geduwd en dreigt zijn zoon af te maken, ga je niet alleen tegemoet. Je brengt jezelf in gevaar, en misschien Jordy ook.",
            en = "You do not go alone to meet a father who has just shoved someone and threatens to kill his son. You put yourself in danger, and perhaps Jordy too.",
          },
        },
        {
          text = {
            nl = "Ik bel 112. Jordy blijft met Esther in een afgesloten ruimte, collega’s houden de gang vrij, en we laten Veilig Thuis weten wat er gebeurt.",
            en = "I call 112. Jordy stays with Esther in a locked room, colleagues keep the corridor clear, and we let Veilig Thuis know what is happening.",
          },
          next = "politie", points = 3, actors = { "politie" },
          feedback = {
            nl = "Goed: een man die net geweld gebruikte en roept dat hij zijn zoon afmaakt, in het gebouw waar Jordy is: dat is direct gevaar, ook voor een leven. Dan bel je 112, en Veilig Thuis hoort het meteen daarna.",
            en = "Good: a man who has just used violence and shouts that he will kill his son, in the building where Jordy is: that is immediate danger, to a life too. Then you call 112, and Veilig Thuis hears straight after.",
          },
        },
      },
    },
    {
      id = "wachten_op_vt", step = "beslissen", speaker = "consulent",
      text = {
        nl = "De consulent van Veilig Thuis onderbreekt Esther na één zin. ‘Ophangen en 112 bellen. Nu.’ Esther belt. Twee minuten later hoor je beneden glas breken.",
        en = "The Veilig Thuis adviser interrupts Esther after one sentence. ‘Hang up and call 112. Now.’ Esther calls. Two minutes later you hear glass breaking downstairs.",
      },
      next = "politie",
    },
    {
      id = "kalmeren", step = "beslissen", speaker = "erik",
      text = {
        nl = "Beneden komt Erik Hoekstra op je af. ‘Jij! Waar is hij?’ Hij duwt je tegen de muur. De receptioniste belt 112. Hans en een collega gaan tussen jullie in staan.",
        en = "Downstairs Erik Hoekstra comes at you. ‘You! Where is he?’ He shoves you against the wall. The receptionist calls 112. Hans and a colleague step in between you.",
      },
      next = "politie",
    },
    {
      id = "politie", step = "beslissen",
      text = {
        nl = "Binnen tien minuten zijn er twee agenten. Ze praten met Erik Hoekstra op de parkeerplaats; hij vertrekt in de politieauto.\n\nOm zes uur haalt oma Jordy op, samen met een medewerker van Veilig Thuis. In de deuropening draait hij zich nog één keer om. ‘Kom je morgen?’ vraag je. Hij haalt zijn schouders op. ‘Weet ik niet.’",
        en = "Within ten minutes two police officers arrive. They talk with Erik Hoekstra in the car park; he leaves in the police car.\n\nAt six his grandmother collects Jordy, together with a Veilig Thuis worker. In the doorway he turns round once more. ‘Will you come tomorrow?’ you ask. He shrugs. ‘Dunno.’",
      },
      next = "daarna",
    },
    {
      id = "daarna", step = "beslissen",
      text = {
        nl = "Woensdagochtend. Jordy is er niet; oma heeft hem ziek gemeld. In de klas vragen ze wat er gisteren met de politie was. Wat doet de school?",
        en = "Wednesday morning. Jordy is not there; his grandmother has called him in sick. In class they ask what happened with the police yesterday. What does the school do?",
      },
      choices = {
        {
          text = {
            nl = "Veilig Thuis heeft het nu in handen. Wij wachten af tot we iets horen.",
            en = "Veilig Thuis has it in hand now. We wait until we hear something.",
          },
          next = "einde_veilig", points = 0, mistake = "kind_uit_beeld",
          feedback = {
            nl = "Na een melding blijft de school betrokken. Jordy heeft zijn opleiding, zijn klas en een vertrouwd gezicht nodig, juist nu.",
            en = "After a report the school stays involved. Jordy needs his course, his class and a familiar face, especially now.",
          },
        },
        {
          text = {
            nl = "Esther spreekt met Veilig Thuis af wie contact houdt met Jordy. Zijn studieloopbaanbegeleider belt hem; collega’s horen alleen wat ze nodig hebben.",
            en = "Esther agrees with Veilig Thuis who keeps in touch with Jordy. His study coach calls him; colleagues hear only what they need to know.",
          },
          next = "einde_veilig", points = 3,
          feedback = {
            nl = "Goed: één vast aanspreekpunt, afstemming met Veilig Thuis, en privacy voor Jordy. De school blijft betrokken zonder zijn verhaal rond te vertellen.",
            en = "Good: one fixed contact, coordination with Veilig Thuis, and privacy for Jordy. The school stays involved without spreading his story.",
          },
        },
        {
          text = {
            nl = "Ik vertel de klas wat er gebeurd is. Dan begrijpen ze het en kunnen ze hem steunen.",
            en = "I tell the class what happened. Then they will understand and can support him.",
          },
          next = "einde_veilig", points = -1,
          feedback = {
            nl = "Jordy’s verhaal is van hem. Zeg de klas hooguit dat Jordy er even niet is en dat de school contact met hem houdt; wat hij deelt, bepaalt hij zelf.",
            en = "Jordy’s story belongs to him. Tell the class at most that Jordy is away for a while and that the school keeps in touch; what he shares is up to him.",
          },
        },
      },
    },
    {
      id = "vader_gebeld", step = "consultatie", speaker = "erik",
      text = {
        nl = "Esther belt Erik Hoekstra. Hij zegt weinig. ‘Ik kom hem halen.’\n\nTwintig minuten later staat hij bij de receptie, kalm en vriendelijk. ‘Van zijn scooter gevallen. Hij overdrijft altijd.’ Jordy kijkt naar de grond, zegt niets meer en loopt met hem mee naar de auto.",
        en = "Esther calls Erik Hoekstra. He says little. ‘I’ll come and get him.’\n\nTwenty minutes later he is at reception, calm and friendly. ‘Fell off his scooter. He always exaggerates.’ Jordy looks at the floor, says nothing more and walks with him to the car.",
      },
      next = "na_vader",
    },
    {
      id = "na_vader", step = "beslissen",
      text = {
        nl = "De auto rijdt weg. Esther staat naast je bij het raam. Wat nu?",
        en = "The car drives off. Esther stands next to you at the window. What now?",
      },
      choices = {
        {
          text = {
            nl = "We bellen zijn vader vanavond nog even om te vragen of alles goed is.",
            en = "We call his father this evening to ask whether everything is all right.",
          },
          next = "einde_vader", points = -1,
          feedback = {
            nl = "Nog een telefoontje naar de vader vergroot de druk op Jordy. Wat er nu moet gebeuren, is een melding, zodat Veilig Thuis kan handelen.",
            en = "Another call to the father increases the pressure on Jordy. What needs to happen now is a report, so that Veilig Thuis can act.",
          },
        },
        {
          text = {
            nl = "Esther meldt nu bij Veilig Thuis: het letsel, Jordy’s woorden, de bedreiging, en dat zijn vader hem net heeft opgehaald.",
            en = "Esther reports to Veilig Thuis now: the injury, Jordy’s words, the threat, and that his father has just collected him.",
          },
          next = "einde_vader", points = 3, actors = { "veilig_thuis" },
          feedback = {
            nl = "Goed: dit is acute onveiligheid, en het telefoontje heeft het erger gemaakt. Veilig Thuis moet het nu weten, ook dat de vader op de hoogte is.",
            en = "Good: this is acute unsafety, and the phone call has made it worse. Veilig Thuis must know now, including that the father is aware.",
          },
        },
        {
          text = {
            nl = "We kijken morgen of Jordy op school komt, en hoe hij eraan toe is.",
            en = "Tomorrow we see whether Jordy comes to school, and how he is.",
          },
          next = "einde_vader", points = 0, mistake = "wachten_tweede_signaal",
          feedback = {
            nl = "Wachten op morgen betekent een nacht thuis bij de vader die hem bedreigde. Bij acute onveiligheid meld je meteen.",
            en = "Waiting until tomorrow means a night at home with the father who threatened him. With acute unsafety you report at once.",
          },
        },
      },
    },
    {
      id = "alleen_weg", step = "beslissen",
      text = {
        nl = "Jordy verlaat de school alleen.",
        en = "Jordy leaves the school alone.",
      },
      next = "einde_onbeschermd",
    },
  },

  endings = {
    {
      id = "einde_veilig",
      title = { nl = "Vannacht veilig", en = "Safe tonight" },
      text = {
        nl = "Jordy slaapt die nacht bij zijn oma. Veilig Thuis spreekt de volgende dag met Monique en bezoekt Fleur op haar basisschool.\n\nTwee weken later staat Jordy weer in de sporthal, met een tape om zijn pols. Hij gooit niet, maar hij fluit het partijtje. Na afloop blijft hij even hangen. ‘Oma kookt beter dan mijn vader,’ zegt hij. Meer niet.",
        en = "Jordy sleeps at his grandmother’s that night. The next day Veilig Thuis talks with Monique and visits Fleur at her primary school.\n\nTwo weeks later Jordy is back in the sports hall, with tape round his wrist. He doesn’t throw, but he referees the match. Afterwards he hangs around for a moment. ‘Gran cooks better than my dad,’ he says. Nothing more.",
      },
      outcome = "melden_acuut",
      route = { "school", "zorgteam", "veilig_thuis", "politie" },
      debrief = {
        nl = "Eén ernstig zorgwekkend signaal was genoeg: letsel, een bedreiging en een student die niet naar huis durft. Dat is acute onveiligheid. De school belde meteen Veilig Thuis (0800-2000, dag en nacht), sprak de vader niet eerst, liet Jordy medisch onderzoeken en liet hem niet onbeschermd gaan. Toen de vader kwam, geweld gebruikte en dreigde Jordy af te maken, was er direct gevaar: 112. Veilig Thuis handelde in de crisis meteen, met de politie; de burgemeester kan de vader een tijdelijk huisverbod opleggen. Daarna beoordeelt Veilig Thuis de veiligheid van het hele gezin, ook van Fleur, en onderzoekt zelf, vraagt de Raad voor de Kinderbescherming, of leidt door naar hulp of het SAVE-team. De school hoort het na de beoordeling en na het onderzoek, en blijft Jordy’s vaste plek.",
        en = "One seriously alarming sign was enough: injury, a threat and a student who dares not go home. That is acute unsafety. The school called Veilig Thuis at once (0800-2000, day and night), did not speak to the father first, had Jordy examined and did not let him go unprotected. When the father came, used violence and threatened to kill Jordy, there was immediate danger: 112. Veilig Thuis acted in the crisis straight away, with the police; the mayor can impose a temporary restraining order barring the father from the home. Then Veilig Thuis assesses the safety of the whole family, Fleur too, and investigates itself, asks the Child Protection Board, or routes to help or the SAVE team. The school hears after the assessment and after the investigation, and remains Jordy’s steady place.",
      },
    },
    {
      id = "einde_onbeschermd",
      title = { nl = "Onbeschermd de deur uit", en = "Out of the door unprotected" },
      text = {
        nl = "Die avond weet niemand waar Jordy is; zijn telefoon staat uit. De volgende ochtend belt Monique, de vriendin van zijn vader, de school. Jordy sliep bij een vriend, maar ging om zeven uur thuis spullen halen. Zijn vader was er. Jordy zit nu op de spoedeisende hulp, met een gebroken neus.",
        en = "That evening no one knows where Jordy is; his phone is off. The next morning Monique, his father’s girlfriend, calls the school. Jordy slept at a friend’s, but went home at seven to fetch some things. His father was there. Jordy is now in A&E, with a broken nose.",
      },
      outcome = "melden_acuut",
      route = { "school", "zorgteam", "veilig_thuis" },
      debrief = {
        nl = "Jordy had letsel, was bedreigd en zei dat hij niet naar huis kon. Dat is acute onveiligheid: je wacht niet op morgen, belooft geen geheimhouding, en laat hem niet alleen de school uit. Het juiste was: de aandachtsfunctionaris erbij, direct Veilig Thuis bellen (0800-2000, dag en nacht) en de student op school houden tot Veilig Thuis een veilige plek heeft geregeld; 112 bij direct gevaar. Nu meldt de school alsnog, of vult ze haar melding aan; Veilig Thuis handelt in de crisis, met de politie, en beoordeelt daarna de veiligheid van het hele gezin, ook van Fleur. De school hoort het na de beoordeling en na het onderzoek, en blijft betrokken bij Jordy.",
        en = "Jordy was injured, had been threatened and said he could not go home. That is acute unsafety: you do not wait for tomorrow, promise no secrecy, and do not let him leave school alone. The right course was: bring in the safeguarding lead, call Veilig Thuis at once (0800-2000, day and night) and keep the student at school until Veilig Thuis has arranged a safe place; 112 when there is immediate danger. Now the school reports after all, or adds to its report; Veilig Thuis acts in the crisis, with the police, and then assesses the safety of the whole family, Fleur too. The school hears after the assessment and after the investigation, and stays involved with Jordy.",
      },
    },
    {
      id = "einde_vader",
      title = { nl = "De vader wist het eerst", en = "The father knew first" },
      text = {
        nl = "Twee dagen later is Jordy terug op school. Hij zegt dat hij van zijn scooter is gevallen, en dat hij zich ‘vergist’ heeft. Hij kijkt je niet meer aan.\n\nVeilig Thuis onderzoekt de melding, maar het kost weken meer: Jordy praat niet meer, en Monique ook niet.",
        en = "Two days later Jordy is back at school. He says he fell off his scooter, and that he ‘got it wrong’. He no longer looks at you.\n\nVeilig Thuis investigates the report, but it takes weeks longer: Jordy no longer talks, and neither does Monique.",
      },
      outcome = "melden_acuut",
      route = { "school", "zorgteam", "veilig_thuis" },
      debrief = {
        nl = "De vader had Jordy bedreigd voor het geval hij iets zou vertellen. Dan sla je het gesprek met de ouder over: het brengt het kind in gevaar. Bij letsel, een dreiging en angst voor vanavond bel je meteen Veilig Thuis (0800-2000, dag en nacht), en wie wanneer wordt ingelicht, bepaal je samen met Veilig Thuis. Veilig Thuis kan direct ingrijpen, met de politie, en maakt daarna een veiligheidsbeoordeling van het hele gezin, ook van Fleur. De school hoort het na de beoordeling en na het onderzoek. Blijf betrokken: Jordy trekt zijn verhaal in, niet omdat het niet waar was, maar omdat vertellen hem niets bracht.",
        en = "The father had threatened Jordy in case he told anyone. Then you skip the talk with the parent: it endangers the child. With injury, a threat and fear for tonight you call Veilig Thuis at once (0800-2000, day and night), and decide together with Veilig Thuis who is told and when. Veilig Thuis can step in at once, with the police, and then assesses the safety of the whole family, Fleur too. The school hears after the assessment and after the investigation. Stay involved: Jordy takes his story back, not because it was untrue, but because telling got him nothing.",
      },
    },
  },
}
