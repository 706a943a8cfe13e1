-- Case: a six-year-old in groep 3 with grip-shaped bruises and withdrawn
-- behaviour; her father, alone with two small children, admits he grabbed
-- her too hard once. Teaches the afwegingskader honestly: a suspicion, but
-- no acute or structural unsafety, so the school organises help through the
-- buurtteam after a driehoeksgesprek; a report is only needed when the help
-- is refused or new injuries follow.
local function same(s) return { nl = s, en = s } end

return {
  format = 1,
  id = "blauwe-plekken",
  title = { nl = "Blauwe plekken", en = "Bruises" },
  language = "nl",
  languages = { "nl", "en" },
  audience = {
    nl = "Groepsleerkrachten, onderwijsassistenten en intern begeleiders in het basisonderwijs",
    en = "Class teachers, classroom assistants and internal care coordinators in primary schools",
  },
  summary = {
    nl = "Mila (6) heeft vier ronde blauwe plekken op haar bovenarm en is de laatste weken stil en moe. Haar vader staat er sinds kort alleen voor. Jij bent haar juf of meester in groep 3.",
    en = "Mila (6) has four round bruises on her upper arm and has been quiet and tired for weeks. Her father has recently been bringing up his children alone. You are her teacher in year group 3.",
  },
  school_type = "po",
  minutes = 18,
  version = "1.0",
  pass_mark = 0.7,
  start = "gym",

  characters = {
    mila = {
      name = same("Mila de Graaf"),
      role = { nl = "leerling groep 3, 6 jaar", en = "pupil, year group 3, 6 years old" },
    },
    fatma = {
      name = same("Fatma Yıldız"),
      role = { nl = "onderwijsassistent, groep 3", en = "classroom assistant, year group 3" },
    },
    ilse = {
      name = same("Ilse Kramer"),
      role = { nl = "intern begeleider en aandachtsfunctionaris", en = "internal care coordinator and safeguarding lead" },
    },
    dennis = {
      name = same("Dennis de Graaf"),
      role = { nl = "vader van Mila en Sem", en = "father of Mila and Sem" },
    },
    jeroen = {
      name = same("Jeroen Bakker"),
      role = { nl = "gezinswerker, buurtteam", en = "family worker, neighbourhood team" },
    },
    consulent = {
      name = { nl = "Consulent van Veilig Thuis", en = "Veilig Thuis adviser" },
      role = { nl = "advieslijn 0800-2000", en = "advice line 0800-2000" },
    },
  },

  scenes = {
    {
      id = "gym", step = "signalen",
      text = {
        nl = "Maandag 3 maart, gymles van groep 3 van basisschool De Kastanje. Je bent hun leerkracht en helpt bij het omkleden. Mila (6) trekt haar trui uit. Op haar linkerbovenarm zie je vier ronde blauwe plekken op een rij, elk zo groot als een vingertop.\n\nAls ze merkt dat je kijkt, trekt ze haar shirt recht en draait ze zich om.\n\nWat doe je?",
        en = "Monday 3 March, PE for year group 3 at De Kastanje primary school. You are their teacher and help them get changed. Mila (6) pulls off her jumper. On her left upper arm you see four round bruises in a row, each the size of a fingertip.\n\nWhen she notices you looking, she tugs her shirt straight and turns away.\n\nWhat do you do?",
      },
      choices = {
        {
          text = {
            nl = "Ik vraag haar zacht: ‘Heeft iemand je pijn gedaan? Was het papa?’",
            en = "I ask her softly: ‘Did someone hurt you? Was it Daddy?’",
          },
          next = "gym_suggestief", points = -1, actors = { "school" },
          feedback = {
            nl = "Een suggestieve vraag legt een kind van zes een antwoord in de mond. Dat kan Mila bang maken en maakt een later gesprek door deskundigen lastiger. Stel hooguit één open vraag.",
            en = "A leading question puts an answer into a six-year-old’s mouth. It can frighten Mila and makes a later conversation with experts harder. Ask one open question at most.",
          },
        },
        {
          text = {
            nl = "Als de anderen naar de zaal zijn, vraag ik rustig: ‘Ik zie plekjes op je arm. Hoe komt dat?’ Verder vraag ik niets.",
            en = "Once the others have gone into the hall, I ask calmly: ‘I can see marks on your arm. How did that happen?’ I ask nothing more.",
          },
          next = "gym_antwoord", points = 2, actors = { "school" },
          feedback = {
            nl = "Eén open vraag mag: Mila krijgt de ruimte om iets te vertellen zonder dat je haar een antwoord voorzegt. Doorvragen en onderzoeken is niet jouw taak.",
            en = "One open question is fine: Mila gets room to tell you something without you suggesting an answer. Probing and investigating is not your job.",
          },
        },
        {
          text = {
            nl = "Ik zeg er niets over. Kinderen van zes stoten zich overal aan en ik wil haar niet in verlegenheid brengen.",
            en = "I say nothing. Six-year-olds bump into everything and I do not want to embarrass her.",
          },
          next = "noteren", points = 0, actors = { "school" },
          feedback = {
            nl = "Speelplekken zitten meestal op knieën, schenen en ellebogen. Vier ronde plekken op een rij op de bovenarm passen daar niet bij. Je hoeft niets te concluderen, maar kijken en vastleggen wel.",
            en = "Bruises from play usually sit on knees, shins and elbows. Four round marks in a row on the upper arm do not fit that. You need not conclude anything, but you do need to look and record.",
          },
        },
      },
    },
    {
      id = "gym_suggestief", step = "signalen", speaker = "mila",
      text = {
        nl = "Mila kijkt naar de grond. ‘Nee,’ fluistert ze. Dan rent ze de gymzaal in en blijft de hele les achteraan in de rij staan.",
        en = "Mila looks at the floor. ‘No,’ she whispers. Then she runs into the hall and stays at the back of the line for the whole lesson.",
      },
      next = "noteren",
    },
    {
      id = "gym_antwoord", step = "signalen", speaker = "mila",
      text = {
        nl = "Mila haalt haar schouders op. ‘Weet ik niet meer.’ Ze rent de gymzaal in. Tijdens het tikkertje doet ze niet mee; ze zit op de bank en trekt haar mouwen over haar handen.",
        en = "Mila shrugs. ‘I don’t remember.’ She runs into the hall. She does not join in the game of tag; she sits on the bench and pulls her sleeves over her hands.",
      },
      next = "noteren",
    },
    {
      id = "noteren", step = "signalen",
      text = {
        nl = "Na de gymles heb je tien minuten. In de klas ligt het logboek waarin jij en Fatma, de onderwijsassistent, bijzonderheden over leerlingen noteren. Wat schrijf je op?",
        en = "After PE you have ten minutes. In the classroom lies the logbook in which you and Fatma, the classroom assistant, note anything particular about pupils. What do you write?",
      },
      choices = {
        {
          text = {
            nl = "‘Mila wordt thuis hardhandig aangepakt. Vader lijkt het niet aan te kunnen.’",
            en = "‘Mila is being handled roughly at home. Father does not seem to be coping.’",
          },
          next = "terugkijken", points = 0, mistake = "interpreteren",
          feedback = {
            nl = "Dit is een interpretatie, geen waarneming. Niemand kan controleren wat je zag, en het zet Mila’s vader neer op iets wat je niet weet. Schrijf op wat je zag en hoorde.",
            en = "This is an interpretation, not an observation. No one can check what you saw, and it labels Mila’s father on the basis of something you do not know. Write down what you saw and heard.",
          },
        },
        {
          text = {
            nl = "Nog niets. Eén keer blauwe plekken zegt weinig; als ik het vaker zie, schrijf ik het op.",
            en = "Nothing yet. Bruises once say little; if I see them more often, I will write it down.",
          },
          next = "terugkijken", points = 0,
          feedback = {
            nl = "Vastleggen is geen beschuldigen. Zonder notitie weet straks niemand meer wat je precies zag en wanneer, en juist losse waarnemingen samen vormen een beeld.",
            en = "Recording is not accusing. Without a note, soon no one will remember exactly what you saw and when, and it is separate observations together that form a picture.",
          },
        },
        {
          text = {
            nl = "‘Ma 3-3, gym: linkerbovenarm vier ronde blauwe plekken op een rij, elk ca. 1 cm. Mila trok haar shirt snel recht en draaide zich om.’",
            en = "‘Mon 3-3, PE: left upper arm four round bruises in a row, each approx. 1 cm. Mila quickly tugged her shirt straight and turned away.’",
          },
          next = "terugkijken", points = 2,
          feedback = {
            nl = "Goed: datum, plek, grootte en gedrag, zonder uitleg erbij. Zo kan iedereen later nagaan wat er precies is waargenomen.",
            en = "Good: date, location, size and behaviour, with no explanation added. Anyone can later check exactly what was observed.",
          },
        },
      },
    },
    {
      id = "terugkijken", step = "signalen", speaker = "fatma",
      text = {
        nl = "Dinsdag kijk je met Fatma de afgelopen weken terug. Fatma: ‘Sinds de kerstvakantie is ze zo stil. Ze viel twee keer in slaap bij het voorlezen. Drie keer geen lunch bij zich.’ In de pauze zit Mila vaak alleen op het bankje.\n\n’s Ochtends brengt een buurvrouw Mila en haar broertje Sem (3); ’s middags haalt haar vader haar op, en dan rent ze naar hem toe. Eerdere verwondingen staan nergens genoteerd.\n\nWat doen jullie hiermee?",
        en = "On Tuesday you and Fatma look back over the past weeks. Fatma: ‘Since the Christmas holidays she has been so quiet. She fell asleep twice during story time. Three times no lunch with her.’ At break Mila often sits alone on the bench.\n\nIn the mornings a neighbour brings Mila and her little brother Sem (3); in the afternoons her father picks her up, and she runs to him. No earlier injuries are noted anywhere.\n\nWhat do you do with this?",
      },
      choices = {
        {
          text = {
            nl = "Moe en stil kan ook van een lange winter zijn. We wachten af tot we meer zien.",
            en = "Tired and quiet can also come from a long winter. We wait until we see more.",
          },
          next = "overleg", points = 0,
          feedback = {
            nl = "Eén signaal is reden om alert te zijn; meerdere signalen bij hetzelfde kind zijn reden tot zorg. Hier liggen de blauwe plekken, de vermoeidheid, het terugtrekken en de vergeten lunch naast elkaar.",
            en = "One sign is reason to stay alert; several signs in the same child are reason for concern. Here the bruises, the tiredness, the withdrawal and the missing lunches sit side by side.",
          },
        },
        {
          text = {
            nl = "Ik vraag Mila’s vriendinnetje Fenna in de pauze of Mila weleens vertelt dat ze thuis straf krijgt.",
            en = "At break I ask Mila’s friend Fenna whether Mila ever says she gets punished at home.",
          },
          next = "overleg", points = -2,
          critical = { id = "verhoren" },
          feedback = {
            nl = "Zo ga je zelf op onderzoek uit, via een ander kind van zes. Dat belast Fenna, kan geruchten op gang brengen en is niet jouw taak: vaststellen wat er thuis gebeurt, is aan Veilig Thuis.",
            en = "This is investigating on your own, through another six-year-old. It burdens Fenna, can start rumours and is not your job: establishing what happens at home is for Veilig Thuis.",
          },
        },
        {
          text = {
            nl = "Dit zijn meerdere signalen bij één kind: reden tot zorg. We zetten ze met data op een rij, ook wat er níét is (geen eerder letsel).",
            en = "These are several signs in one child: reason for concern. We list them with dates, including what is *not* there (no earlier injuries).",
          },
          next = "overleg", points = 2,
          feedback = {
            nl = "Goed: je ziet het patroon en legt het feitelijk vast. Ook wat ontbreekt is informatie die straks helpt bij het wegen.",
            en = "Good: you see the pattern and record it as facts. What is missing is information too, and it will help with the weighing later.",
          },
        },
      },
    },
    {
      id = "overleg", step = "consultatie", speaker = "fatma",
      text = {
        nl = "Woensdagochtend brengt de buurvrouw Mila weer. Fatma kijkt je aan: ‘En nu? Wat doen we met wat we weten?’",
        en = "On Wednesday morning the neighbour brings Mila again. Fatma looks at you: ‘So what now? What do we do with what we know?’",
      },
      choices = {
        {
          text = {
            nl = "We gaan vandaag met onze notities naar Ilse Kramer, de intern begeleider. Zij is hier de aandachtsfunctionaris.",
            en = "Today we take our notes to Ilse Kramer, the internal care coordinator. She is the safeguarding lead here.",
          },
          next = "ilse", points = 2, actors = { "zorgteam" },
          feedback = {
            nl = "Goed: je handelt niet alleen. De aandachtsfunctionaris kent de meldcode van de school en weegt met je mee.",
            en = "Good: you do not act alone. The safeguarding lead knows the school’s protocol and weighs the signs with you.",
          },
        },
        {
          text = {
            nl = "Ik spreek haar vader vanmiddag zelf aan bij het hek. Dan weten we het tenminste meteen.",
            en = "I will speak to her father myself at the gate this afternoon. At least then we will know straight away.",
          },
          next = "hek", points = -2,
          critical = { id = "alleen_handelen" },
          feedback = {
            nl = "Een leraar handelt nooit alleen. Een onvoorbereide vraag bij het hek, waar andere ouders bij staan, zet vader klem en kan het contact voor lange tijd beschadigen. Eerst overleg je met de aandachtsfunctionaris.",
            en = "A teacher never acts alone. An unprepared question at the gate, with other parents around, corners the father and can damage contact for a long time. First you consult the safeguarding lead.",
          },
        },
        {
          text = {
            nl = "We zetten Mila op de lijst voor de leerlingbespreking over vijf weken.",
            en = "We put Mila on the list for the pupil review meeting in five weeks.",
          },
          next = "lijst", points = 0,
          feedback = {
            nl = "Vijf weken is lang voor een kind van zes met blauwe plekken. Bij meerdere signalen overleg je nu met de aandachtsfunctionaris, niet bij het volgende vaste moment.",
            en = "Five weeks is a long time for a six-year-old with bruises. With several signs you consult the safeguarding lead now, not at the next scheduled meeting.",
          },
        },
      },
    },
    {
      id = "hek", step = "consultatie", speaker = "dennis",
      text = {
        nl = "Om kwart over drie staat Dennis, Mila’s vader, bij het hek, met Sem op zijn arm. Je vraagt hoe Mila aan de plekken op haar arm komt. Zijn gezicht verstrakt. ‘Ze is wild, ze valt overal tegenaan. Bemoei je er niet mee.’ Hij pakt Mila bij de hand en loopt weg.\n\n’s Avonds mailt hij de directeur dat de school zijn dochter ‘uithoort’. De volgende ochtend ga je alsnog naar Ilse Kramer, de aandachtsfunctionaris.",
        en = "At quarter past three Dennis, Mila’s father, is at the gate with Sem on his arm. You ask how Mila got the marks on her arm. His face tightens. ‘She’s wild, she bumps into everything. Mind your own business.’ He takes Mila by the hand and walks off.\n\nThat evening he emails the head teacher that the school is ‘interrogating’ his daughter. The next morning you go to Ilse Kramer, the safeguarding lead, after all.",
      },
      next = "ilse",
    },
    {
      id = "lijst", step = "consultatie", speaker = "ilse",
      text = {
        nl = "Ilse Kramer, de intern begeleider, ziet Mila’s naam op de lijst en leest jullie notities. Dezelfde middag staat ze in je klas. ‘Hier wachten we geen vijf weken mee.’",
        en = "Ilse Kramer, the internal care coordinator, sees Mila’s name on the list and reads your notes. That same afternoon she is in your classroom. ‘We are not waiting five weeks with this.’",
      },
      next = "ilse",
    },
    {
      id = "ilse", step = "consultatie", speaker = "ilse",
      text = {
        nl = "Ilse leest de notities. ‘Goed dat dit op papier staat. Mila is zes: dan bespreken we onze zorgen eerst met haar vader. Jij hebt het gezien, dus ik wil dat jij erbij bent.’ Ze weet dat Mila’s moeder in oktober naar Zwolle is verhuisd; Mila gaat om het weekend naar haar toe.\n\n‘Hoe pakken we het aan?’",
        en = "Ilse reads the notes. ‘Good that this is on paper. Mila is six: so we discuss our concerns with her father first. You saw it, so I want you to be there.’ She knows that Mila’s mother moved to Zwolle in October; Mila visits her every other weekend.\n\n‘How shall we go about it?’",
      },
      choices = {
        {
          text = {
            nl = "Eerst praat ik nog eens uitgebreid met Mila, zodat we zeker weten wat er thuis gebeurt voordat we haar vader spreken.",
            en = "First I will have a longer talk with Mila, so we know for sure what happens at home before we speak to her father.",
          },
          next = "bijsturen", points = 0,
          feedback = {
            nl = "Bij een jong kind bespreek je de zorgen eerst met de ouders. Doorvragen om ‘zekerheid’ te krijgen is onderzoeken, en dat is aan Veilig Thuis. Je hoeft het niet zeker te weten om het gesprek aan te gaan.",
            en = "With a young child you discuss concerns with the parents first. Probing to get ‘certainty’ is investigating, and that is for Veilig Thuis. You do not need to be sure to start the conversation.",
          },
        },
        {
          text = {
            nl = "Ilse nodigt vader deze week uit. We bereiden samen voor: welke feiten we noemen, wie wat zegt, en dat we vragen hoe hij het ziet.",
            en = "Ilse invites the father this week. We prepare together: which facts we mention, who says what, and that we ask how he sees it.",
          },
          next = "uitnodiging", points = 3,
          feedback = {
            nl = "Goed: een jong kind, dus eerst de ouder, voorbereid en met feiten. Een open vraag naar zijn kijk geeft vader de kans om zijn kant te vertellen.",
            en = "Good: a young child, so the parent first, prepared and with facts. An open question about his view gives the father the chance to tell his side.",
          },
        },
        {
          text = {
            nl = "We vragen het buurtteam om bij het gezin langs te gaan. Dan hoeft de school het niet zelf te zeggen.",
            en = "We ask the neighbourhood team to visit the family. Then the school does not have to say it itself.",
          },
          next = "bijsturen", points = 0, actors = { "buurtteam" },
          feedback = {
            nl = "Het buurtteam kan pas helpen als het gezin instemt, na een gesprek waarin de zorgen op tafel liggen. Dat gesprek voert de school zelf; de gezinswerker kan wel tips geven voor de voorbereiding.",
            en = "The neighbourhood team can only help once the family consents, after a talk in which the concerns are on the table. The school holds that talk itself; the family worker can help you prepare it.",
          },
        },
      },
    },
    {
      id = "bijsturen", step = "consultatie", speaker = "ilse",
      text = {
        nl = "Ilse schudt haar hoofd. ‘Bij een kind van zes gaan we eerst met de ouder in gesprek. Wij hoeven niet te bewijzen wat er gebeurd is; we vertellen wat we zien en vragen hoe hij het ziet.’ Ze nodigt Dennis uit voor donderdag.",
        en = "Ilse shakes her head. ‘With a six-year-old we talk with the parent first. We do not have to prove what happened; we tell him what we see and ask how he sees it.’ She invites Dennis for Thursday.",
      },
      next = "opening",
    },
    {
      id = "uitnodiging", step = "gesprek", speaker = "dennis",
      text = {
        nl = "Dennis reageert kort op de uitnodiging: ‘Donderdag half twee kan ik. Dan kom ik net van de bakkerij.’",
        en = "Dennis replies briefly to the invitation: ‘Thursday half past one works. I’ll be coming straight from the bakery.’",
      },
      next = "opening",
    },
    {
      id = "opening", step = "gesprek",
      text = {
        nl = "Donderdag, half twee. Dennis zit tegenover Ilse en jou, zijn jas nog aan, meel op zijn mouw. Hij werkt vanaf vijf uur ’s ochtends in een bakkerij. Ilse legt uit waarom jullie hem hebben uitgenodigd en geeft jou het woord.\n\nHoe begin je?",
        en = "Thursday, half past one. Dennis sits opposite Ilse and you, his coat still on, flour on his sleeve. He works in a bakery from five in the morning. Ilse explains why you invited him and hands over to you.\n\nHow do you begin?",
      },
      choices = {
        {
          text = {
            nl = "‘We maken ons zorgen. We denken dat Mila thuis hardhandig wordt aangepakt.’",
            en = "‘We are worried. We think Mila is being handled roughly at home.’",
          },
          next = "vader_reageert", points = 0,
          feedback = {
            nl = "Je begint met een conclusie die je niet kunt weten. Vader voelt zich beschuldigd en gaat zich verdedigen; je feiten komen dan niet meer aan.",
            en = "You start with a conclusion you cannot know. The father feels accused and goes on the defensive; your facts no longer get through.",
          },
        },
        {
          text = {
            nl = "‘Mila zit niet zo lekker in haar vel. Gaat thuis alles goed?’",
            en = "‘Mila doesn’t seem quite herself. Is everything all right at home?’",
          },
          next = "vader_reageert", points = 1,
          feedback = {
            nl = "Vriendelijk, maar te vaag: de blauwe plekken blijven onbesproken en vader weet niet wat de school ziet. Zorgen bespreek je open, met concrete feiten.",
            en = "Friendly, but too vague: the bruises go unmentioned and the father does not know what the school sees. You discuss concerns openly, with concrete facts.",
          },
        },
        {
          text = {
            nl = "‘Maandag zag ik bij de gym vier ronde blauwe plekken op Mila’s bovenarm. Ze is al weken stil en moe. Ik vraag me af hoe u daarnaar kijkt.’",
            en = "‘On Monday at PE I saw four round bruises on Mila’s upper arm. She has been quiet and tired for weeks. I wonder how you see this.’",
          },
          next = "vader_reageert", points = 3,
          feedback = {
            nl = "Feiten, met datum, en een open vraag: zo leg je de zorg op tafel zonder te oordelen en krijgt vader de ruimte om zijn kant te vertellen.",
            en = "Facts, with a date, and an open question: you put the concern on the table without judging, and the father gets room to tell his side.",
          },
        },
      },
    },
    {
      id = "vader_reageert", step = "gesprek", speaker = "dennis",
      text = {
        nl = "Dennis kijkt naar zijn handen. ‘Ze valt veel. Ze is wild.’ Het blijft stil. Dan, scherper: ‘Waar gaat dit eigenlijk over?’\n\nWat zeg je?",
        en = "Dennis looks at his hands. ‘She falls a lot. She’s wild.’ Silence. Then, sharper: ‘What is this actually about?’\n\nWhat do you say?",
      },
      choices = {
        {
          text = {
            nl = "‘Het gaat over Mila. We zien dat ze verdrietig is en willen graag weten hoe het thuis gaat. Dit is een lastig gesprek, dat snap ik.’",
            en = "‘It is about Mila. We see she is sad and we would like to know how things are at home. This is a difficult conversation, I understand that.’",
          },
          next = "vader_vertelt", points = 3,
          feedback = {
            nl = "Je blijft bij het kind en erkent dat het gesprek zwaar is, zonder je zorg in te slikken. Zo houd je de deur open.",
            en = "You stay with the child and acknowledge that the talk is hard, without swallowing your concern. That keeps the door open.",
          },
        },
        {
          text = {
            nl = "‘Vingerafdrukken krijg je niet van vallen. Heeft u haar geslagen?’",
            en = "‘You don’t get fingermarks from falling. Did you hit her?’",
          },
          next = "vader_dicht", points = -1,
          feedback = {
            nl = "Nu ga je verhoren en beschuldigen. Vaststellen wat er gebeurd is, is niet aan de school. Vader klapt dicht, en de kans dat hij hulp aanvaardt wordt kleiner.",
            en = "Now you are interrogating and accusing. Establishing what happened is not the school’s task. The father shuts down, and the chance that he accepts help shrinks.",
          },
        },
        {
          text = {
            nl = "‘Oké. Kinderen vallen nu eenmaal. Dan laten we het daarbij.’",
            en = "‘All right. Children do fall. Let’s leave it at that.’",
          },
          next = "afgesloten", points = 0,
          feedback = {
            nl = "Bij de eerste tegenwind laat je je zorg los. Vier ronde plekken op een rij passen niet bij vallen, en Mila is al weken stil. Blijf bij de feiten en blijf vragen hoe het thuis gaat.",
            en = "At the first resistance you let your concern go. Four round marks in a row do not fit a fall, and Mila has been quiet for weeks. Stay with the facts and keep asking how things are at home.",
          },
        },
      },
    },
    {
      id = "vader_vertelt", step = "gesprek", speaker = "dennis",
      text = {
        nl = "Dennis zwijgt lang. Dan: ‘Dat op haar arm, dat was ik.’ Zondagavond wilde Mila niet naar bed; ze rende de voordeur uit, de straat op. Hij greep haar bij haar arm en trok haar naar binnen. ‘Veel te hard. Ik was zo kwaad, en zo bang.’\n\nSinds Mila’s moeder vertrok, staat hij er alleen voor: om vijf uur naar de bakkerij, ’s middags de kinderen, ’s avonds de was. ‘Ik heb ze nog nooit geslagen. Maar ik merk dat ik sneller ontplof.’",
        en = "Dennis is silent for a long time. Then: ‘That on her arm, that was me.’ On Sunday evening Mila would not go to bed; she ran out of the front door into the street. He grabbed her by the arm and pulled her back in. ‘Far too hard. I was so angry, and so scared.’\n\nSince Mila’s mother left he has been on his own: the bakery at five, the children in the afternoon, the washing at night. ‘I have never hit them. But I notice I blow up faster.’",
      },
      next = "na_vertelling",
    },
    {
      id = "na_vertelling", step = "gesprek",
      text = {
        nl = "Dennis wrijft over zijn gezicht. Ilse kijkt jou aan. Hoe reageer je?",
        en = "Dennis rubs his face. Ilse looks at you. How do you respond?",
      },
      choices = {
        {
          text = {
            nl = "‘Dank u dat u dit vertelt, dat vraagt moed. Wat zou u helpen, zodat het thuis rustiger wordt?’",
            en = "‘Thank you for telling us, that takes courage. What would help you, so that things calm down at home?’",
          },
          next = "wegen_advies", points = 3,
          feedback = {
            nl = "Je erkent zijn openheid zonder het letsel goed te praten, en vraagt wat hij nodig heeft. Zo hoor je of hij hulp wil, en dat is straks een vraag in het afwegingskader.",
            en = "You acknowledge his openness without excusing the injury, and ask what he needs. That tells you whether he wants help, which is a question in the assessment framework later.",
          },
        },
        {
          text = {
            nl = "‘Dan moeten we dit melden bij Veilig Thuis. Vindt u dat goed?’",
            en = "‘Then we have to report this to Veilig Thuis. Is that all right with you?’",
          },
          next = "wegen_advies", points = 0, mistake = "toestemming_vragen_melden",
          feedback = {
            nl = "Te vroeg: eerst weeg je, met advies, of er acute of structurele onveiligheid is. En als je meldt, informeer je vader wel vooraf, maar vraag je geen toestemming.",
            en = "Too early: first you weigh, with advice, whether there is acute or structural unsafety. And if you do report, you tell the father beforehand, but you do not ask his permission.",
          },
        },
        {
          text = {
            nl = "‘Dat kan iedereen overkomen. Wat u hier vertelt, blijft in deze kamer.’",
            en = "‘That could happen to anyone. What you tell us here stays in this room.’",
          },
          next = "wegen_advies", points = 0,
          feedback = {
            nl = "Je praat het letsel goed en belooft iets wat je niet kunt waarmaken: de school legt het gesprek vast en kan advies vragen of moeten melden. Wees eerlijk over wat je met de informatie doet.",
            en = "You excuse the injury and promise something you cannot keep: the school records the talk and may need advice or have to report. Be honest about what you do with the information.",
          },
        },
      },
    },
    {
      id = "wegen_advies", step = "wegen", speaker = "ilse",
      text = {
        nl = "Aan het eind zegt Dennis dat hij ‘alles wil doen’ om het thuis rustiger te krijgen. Na afloop blijf je met Ilse zitten.\n\n‘Nu wegen,’ zegt ze. ‘Er is letsel, bij een kind van zes. Wie vragen we om mee te denken?’",
        en = "At the end Dennis says he ‘will do anything’ to make things calmer at home. Afterwards you stay behind with Ilse.\n\n‘Now we weigh it,’ she says. ‘There is an injury, in a six-year-old. Whom do we ask to think it through with us?’",
      },
      choices = {
        {
          text = {
            nl = "Niemand: vader heeft het uitgelegd en wil hulp. Dat is genoeg om verder te gaan.",
            en = "No one: the father explained it and wants help. That is enough to go on.",
          },
          next = "geen_advies", points = 0,
          feedback = {
            nl = "Wegen doe je niet op gevoel na één gesprek. Bij letsel is bijzondere expertise gewenst, en Veilig Thuis denkt ook mee zonder dat je de naam van het gezin noemt.",
            en = "You do not weigh on gut feeling after one talk. With an injury, special expertise is called for, and Veilig Thuis also advises without you naming the family.",
          },
        },
        {
          text = {
            nl = "Jeroen Bakker, de gezinswerker van het buurtteam: die kent de hulp in de wijk en kan meewegen.",
            en = "Jeroen Bakker, the family worker of the neighbourhood team: he knows the help available locally and can weigh it with us.",
          },
          next = "advies_gezinswerker", points = 2, actors = { "buurtteam" },
          feedback = {
            nl = "De gezinswerker kan goed meewegen. Maar bij lichamelijk letsel is de expertise van Veilig Thuis de sterkste keuze; Veilig Thuis geeft ook advies zonder dat je meldt.",
            en = "The family worker can weigh it well. But with a physical injury, the expertise of Veilig Thuis is the strongest choice; Veilig Thuis also advises without you making a report.",
          },
        },
        {
          text = {
            nl = "Ilse belt Veilig Thuis voor advies, zonder de naam van het gezin. Bij letsel willen we die expertise.",
            en = "Ilse calls Veilig Thuis for advice, without giving the family’s name. With an injury we want that expertise.",
          },
          next = "advies_vt", points = 3, actors = { "veilig_thuis" },
          feedback = {
            nl = "Goed: bij lichamelijk letsel is de expertise van Veilig Thuis gewenst. Een adviesvraag is geen melding; het gezin blijft anoniem.",
            en = "Good: with a physical injury the expertise of Veilig Thuis is called for. Asking for advice is not a report; the family stays anonymous.",
          },
        },
      },
    },
    {
      id = "advies_vt", step = "wegen", speaker = "consulent",
      text = {
        nl = "De consulent van Veilig Thuis luistert en vraagt door: eerder letsel gezien? Is Mila bang voor haar vader? Zorgen over Sem?\n\n‘Wat je beschrijft, is één keer veel te hard vastpakken, door een vader die het zelf vertelt en hulp wil. Dat is zorgelijk, maar ik hoor geen acute of structurele onveiligheid. Hulp via het buurtteam past, als hij die echt aanvaardt. Spreek een evaluatie af. Komen er nieuwe verwondingen, of houdt hij zich niet aan de afspraken: meld dan.’",
        en = "The Veilig Thuis adviser listens and asks more: any earlier injuries? Is Mila afraid of her father? Any worries about Sem?\n\n‘What you describe is grabbing far too hard once, by a father who tells you himself and wants help. That is worrying, but I do not hear acute or structural unsafety. Help through the neighbourhood team fits, if he truly accepts it. Agree on an evaluation. If new injuries appear, or he does not keep to the agreements: then report.’",
      },
      next = "wegen_conclusie",
    },
    {
      id = "advies_gezinswerker", step = "wegen", speaker = "jeroen",
      text = {
        nl = "Jeroen Bakker hoort het verhaal aan. ‘Ik hoor een vader die overbelast is en het zelf benoemt. Wij kunnen helpen: rust in het gezin, opvang, zijn netwerk erbij. Maar het blijft letsel bij een jong kind. Twijfel je of het veilig genoeg is, bel dan ook Veilig Thuis voor advies.’",
        en = "Jeroen Bakker hears the story. ‘I hear a father who is overloaded and says so himself. We can help: calm in the family, childcare, bringing in his network. But it is still an injury in a young child. If you doubt whether it is safe enough, also call Veilig Thuis for advice.’",
      },
      next = "wegen_conclusie",
    },
    {
      id = "geen_advies", step = "wegen", speaker = "ilse",
      text = {
        nl = "Ilse aarzelt, maar gaat mee in je redenering. Jullie lopen het afwegingskader samen langs, zonder advies van buiten de school.",
        en = "Ilse hesitates, but goes along with your reasoning. You go through the assessment framework together, without advice from outside the school.",
      },
      next = "wegen_conclusie",
    },
    {
      id = "wegen_conclusie", step = "wegen", speaker = "ilse",
      text = {
        nl = "Ilse legt het afwegingskader op tafel. Vraag 1: is er een vermoeden van (dreiging van) kindermishandeling? Vraag 2: is er acute of structurele onveiligheid?\n\nWat is jullie conclusie?",
        en = "Ilse puts the assessment framework on the table. Question 1: is there a suspicion of (threat of) child abuse? Question 2: is there acute or structural unsafety?\n\nWhat is your conclusion?",
      },
      choices = {
        {
          text = {
            nl = "Geen vermoeden meer: vader heeft het uitgelegd. We sluiten af en leggen dat vast.",
            en = "No suspicion any more: the father has explained it. We close and record that.",
          },
          next = "afgesloten", points = 0,
          feedback = {
            nl = "Vader heeft het letsel juist bevestigd: hij greep zo hard dat er plekken kwamen, en hij zegt zelf dat hij sneller ontploft. Dat is een vermoeden van dreiging van kindermishandeling; afsluiten laat vader en Mila alleen.",
            en = "The father has in fact confirmed the injury: he grabbed so hard it left marks, and he says himself he blows up faster. That is a suspicion of a threat of child abuse; closing leaves the father and Mila alone.",
          },
        },
        {
          text = {
            nl = "Vermoeden: ja, te hard vastpakken door een overbelaste vader. Acuut of structureel onveilig: nee. Dan kijken we of hulp mogelijk is.",
            en = "Suspicion: yes, grabbing too hard by an overloaded father. Acute or structural unsafety: no. So we look at whether help is possible.",
          },
          next = "hulp_organiseren", points = 3,
          feedback = {
            nl = "Zorgvuldig gewogen: het vermoeden is er, maar er is geen direct gevaar en geen herhaald of voortdurend geweld. Dan volgen de vragen 3 tot en met 5: kan de school hulp organiseren, aanvaardt vader die, en werkt die op tijd?",
            en = "Carefully weighed: the suspicion is there, but there is no immediate danger and no repeated or ongoing violence. Then come questions 3 to 5: can the school organise help, does the father accept it, and does it work in time?",
          },
        },
        {
          text = {
            nl = "Letsel bij een kind van zes is altijd structurele onveiligheid. We melden bij Veilig Thuis.",
            en = "An injury in a six-year-old is always structural unsafety. We report to Veilig Thuis.",
          },
          next = "melden_vooraf", points = 1,
          feedback = {
            nl = "Melden is nooit verboden, en bij twijfel meld je. Maar ‘altijd’ klopt niet: structureel betekent herhaald of voortdurend. Hier is één keer letsel, zonder eerder letsel, door een vader die het erkent en hulp wil. Dan wijst het afwegingskader naar hulp.",
            en = "Reporting is never forbidden, and when in doubt you report. But ‘always’ is wrong: structural means repeated or ongoing. Here there is one injury, no earlier injuries, by a father who admits it and wants help. Then the framework points to help.",
          },
        },
      },
    },
    {
      id = "hulp_organiseren", step = "beslissen", speaker = "ilse",
      text = {
        nl = "Vraag 3 van het afwegingskader: kan de school effectieve hulp bieden of organiseren? Dennis zei dat hij hulp wil. Mila’s moeder heeft ook gezag; Ilse belt haar om de zorgen en het plan toe te lichten.\n\nHoe organiseer je de hulp voor het gezin?",
        en = "Question 3 of the framework: can the school offer or organise effective help? Dennis said he wants help. Mila’s mother also has parental authority; Ilse calls her to explain the concerns and the plan.\n\nHow do you organise help for the family?",
      },
      choices = {
        {
          text = {
            nl = "Ilse plant een driehoeksgesprek op school: Dennis, Jeroen Bakker van het buurtteam, Ilse en ik.",
            en = "Ilse sets up a three-way meeting at school: Dennis, Jeroen Bakker of the neighbourhood team, Ilse and me.",
          },
          next = "driehoek", points = 3, actors = { "buurtteam" },
          feedback = {
            nl = "Goed: in het driehoeksgesprek hoort de gezinswerker de zorgen uit de eerste hand en kan vader instemmen met hulp. Vanaf dat moment is het buurtteam verantwoordelijk voor de hulp.",
            en = "Good: in the three-way meeting the family worker hears the concerns first hand and the father can consent to help. From then on the neighbourhood team is responsible for the help.",
          },
        },
        {
          text = {
            nl = "Ik geef Dennis het telefoonnummer van het buurtteam. Dan kan hij zelf bellen als het hem uitkomt.",
            en = "I give Dennis the neighbourhood team’s phone number. Then he can call when it suits him.",
          },
          next = "niet_gebeld", points = 1, actors = { "buurtteam" },
          feedback = {
            nl = "Goed bedoeld, maar een telefoonnummer is geen overdracht. Een overbelaste vader belt vaak niet, en de school weet dan niet of de hulp start.",
            en = "Well meant, but a phone number is not a handover. An overloaded father often does not call, and the school then does not know whether help starts.",
          },
        },
        {
          text = {
            nl = "Ik ken een oppas in de buurt. Dat regel ik zelf met Dennis, dan heeft hij ’s avonds wat lucht.",
            en = "I know a babysitter nearby. I will arrange that myself with Dennis, so he gets some breathing space in the evenings.",
          },
          next = "zelf_geregeld", points = -2,
          critical = { id = "alleen_handelen" },
          feedback = {
            nl = "Hulp organiseren doe je niet alleen en niet privé. Het afwegingskader vraagt of de school (de aandachtsfunctionaris, met het buurtteam) effectieve hulp kan organiseren, niet of jij iets kunt regelen.",
            en = "You do not organise help alone or privately. The framework asks whether the school (the safeguarding lead, with the neighbourhood team) can organise effective help, not whether you can arrange something.",
          },
        },
      },
    },
    {
      id = "niet_gebeld", step = "beslissen", speaker = "dennis",
      text = {
        nl = "Twee weken later vraagt Ilse of Dennis het buurtteam al heeft gebeld. Het briefje zit nog in zijn jaszak. ‘Ik kwam er niet aan toe.’ Ilse plant alsnog een driehoeksgesprek.",
        en = "Two weeks later Ilse asks Dennis whether he has called the neighbourhood team yet. The note is still in his coat pocket. ‘I didn’t get round to it.’ Ilse sets up a three-way meeting after all.",
      },
      next = "driehoek",
    },
    {
      id = "zelf_geregeld", step = "beslissen", speaker = "ilse",
      text = {
        nl = "Je regelt met Dennis een oppasavond bij een kennis van je. Als Ilse het hoort, roept ze je bij zich. ‘Wie houdt nu zicht op hoe het thuis gaat? En wat als er iets misgaat bij die oppas?’ Ze neemt het over en plant een driehoeksgesprek met het buurtteam.",
        en = "You arrange an evening of babysitting for Dennis with an acquaintance of yours. When Ilse hears, she calls you in. ‘Who keeps an eye on how things are at home now? And what if something goes wrong with that babysitter?’ She takes over and sets up a three-way meeting with the neighbourhood team.",
      },
      next = "driehoek",
    },
    {
      id = "driehoek", step = "beslissen",
      text = {
        nl = "Het driehoeksgesprek. Ilse vat de zorgen samen; Dennis vertelt zelf over die zondagavond. Jeroen Bakker biedt hulp: wekelijks een gesprek thuis, hulp bij het regelen van naschoolse opvang, en samen kijken wie in Dennis’ omgeving kan bijspringen. Dennis stemt in. Vanaf nu is het buurtteam verantwoordelijk voor de hulp.\n\nWat spreken jullie af over de rol van de school?",
        en = "The three-way meeting. Ilse sums up the concerns; Dennis tells about that Sunday evening himself. Jeroen Bakker offers help: a weekly talk at home, help arranging after-school care, and looking together at who around Dennis can lend a hand. Dennis agrees. From now on the neighbourhood team is responsible for the help.\n\nWhat do you agree about the school’s role?",
      },
      choices = {
        {
          text = {
            nl = "Het buurtteam heeft het nu. De school stapt terug, dan voelt Dennis zich niet gecontroleerd.",
            en = "The neighbourhood team has it now. The school steps back, so Dennis does not feel watched.",
          },
          next = "tussentijds", points = 0, mistake = "kind_uit_beeld",
          feedback = {
            nl = "De school ziet Mila elke dag en is juist nodig om te zien of de hulp werkt. Terugtrekken betekent dat niemand nieuwe signalen opvangt.",
            en = "The school sees Mila every day and is needed precisely to see whether the help works. Stepping back means no one picks up new signs.",
          },
        },
        {
          text = {
            nl = "De school volgt Mila en deelt wat opvalt met Jeroen. Over acht weken evalueren we samen. Nieuwe verwondingen: dan melden we.",
            en = "The school follows Mila and shares what it notices with Jeroen. In eight weeks we evaluate together. New injuries: then we report.",
          },
          next = "tussentijds", points = 3,
          feedback = {
            nl = "Goed: duidelijke rollen, een vast evaluatiemoment en een afgesproken grens. Zo kan vraag 5 van het afwegingskader straks op feiten worden beantwoord.",
            en = "Good: clear roles, a fixed evaluation date and an agreed limit. That way question 5 of the framework can later be answered on facts.",
          },
        },
        {
          text = {
            nl = "Ik neem Mila elke maandag even apart om te vragen of papa lief voor haar is geweest.",
            en = "Every Monday I take Mila aside briefly to ask whether Daddy has been kind to her.",
          },
          next = "tussentijds", points = 0,
          feedback = {
            nl = "Zo leg je de bewaking van haar veiligheid bij een kind van zes, en zet je haar klem tussen jou en haar vader. Volg haar door te kijken en te luisteren, niet door haar wekelijks te ondervragen.",
            en = "This puts watching over her safety on a six-year-old and wedges her between you and her father. Follow her by watching and listening, not by questioning her every week.",
          },
        },
      },
    },
    {
      id = "tussentijds", step = "signalen", speaker = "mila",
      text = {
        nl = "Vier weken later heeft Mila een pleister op haar knie. ‘Van mijn step gevallen!’ zegt ze, en ze laat trots de schaafwond zien. In de kring vertelt ze weer wat vaker iets. Ze gaat nu drie middagen naar de naschoolse opvang.\n\nWat doe je met deze waarneming?",
        en = "Four weeks later Mila has a plaster on her knee. ‘I fell off my scooter!’ she says, and proudly shows the graze. In circle time she speaks up a bit more often again. She now goes to after-school care three afternoons a week.\n\nWhat do you do with this observation?",
      },
      choices = {
        {
          text = {
            nl = "Ik vraag Dennis bij het hek waar dat nu weer vandaan komt.",
            en = "I ask Dennis at the gate where that one came from now.",
          },
          next = "evaluatie", points = 0,
          feedback = {
            nl = "Een schaafwond op de knie past bij een val van een step, en Mila vertelt het zelf open. Vader wantrouwend aanspreken bij het hek ondermijnt het vertrouwen dat juist aan het groeien is.",
            en = "A grazed knee fits a fall from a scooter, and Mila tells about it openly. Confronting the father with suspicion at the gate undermines the trust that is just starting to grow.",
          },
        },
        {
          text = {
            nl = "Ik noteer niets. Het buurtteam is betrokken en een schaafwond op de knie is normaal.",
            en = "I note nothing. The neighbourhood team is involved and a grazed knee is normal.",
          },
          next = "evaluatie", points = 1,
          feedback = {
            nl = "Je inschatting klopt: dit past bij spelen. Maar vastleggen hoort bij de afspraak, ook wat goed gaat; zo steunt de evaluatie op feiten.",
            en = "Your judgement is right: this fits play. But recording is part of the agreement, including what goes well; that way the evaluation rests on facts.",
          },
        },
        {
          text = {
            nl = "Ik noteer het feitelijk, met datum en haar eigen woorden, en ook dat ze in de kring weer meer vertelt. Dat neem ik mee naar de evaluatie.",
            en = "I note it as facts, with the date and her own words, and also that she speaks up more in circle time. I bring that to the evaluation.",
          },
          next = "evaluatie", points = 2,
          feedback = {
            nl = "Goed: je blijft feitelijk vastleggen, ook wat beter gaat. Een schaafwond op de knie bij een val past bij spelen; het patroon telt.",
            en = "Good: you keep recording facts, including what is going better. A grazed knee from a fall fits play; it is the pattern that counts.",
          },
        },
      },
    },
    {
      id = "evaluatie", step = "beslissen",
      text = {
        nl = "Acht weken na het driehoeksgesprek evalueren Dennis, Jeroen, Ilse en jij. Geen nieuwe verwondingen. Mila speelt weer buiten en lacht in de kring. Dennis’ zus past op woensdag op, de kinderen gaan naar de opvang, en hij vertelt hoe hij nu even naar het balkon loopt als hij boos wordt.\n\nVraag 5: brengt de hulp op tijd de nodige veiligheid?",
        en = "Eight weeks after the three-way meeting, Dennis, Jeroen, Ilse and you evaluate. No new injuries. Mila plays outside again and laughs in circle time. Dennis’s sister babysits on Wednesdays, the children go to after-school care, and he tells how he now steps out onto the balcony when he gets angry.\n\nQuestion 5: does the help bring the needed safety in time?",
      },
      choices = {
        {
          text = {
            nl = "Ja. We sluiten af met afspraken: wie let op wat, over drie maanden nog een gesprek, en bij nieuwe signalen doorlopen we de stappen opnieuw.",
            en = "Yes. We close with agreements: who watches for what, another talk in three months, and with new signs we go through the steps again.",
          },
          next = "einde_hulp", points = 3,
          feedback = {
            nl = "Zo hoort het: de hulp is aanvaard en werkt, dus je sluit af met afspraken over de follow-up. Ilse legt het besluit vast in Mila’s dossier.",
            en = "That is how it should be: the help was accepted and works, so you close with agreements on follow-up. Ilse records the decision in Mila’s file.",
          },
        },
        {
          text = {
            nl = "We melden toch nog bij Veilig Thuis, voor de zekerheid.",
            en = "We report to Veilig Thuis anyway, just to be safe.",
          },
          next = "einde_hulp", points = 0,
          feedback = {
            nl = "Je kunt altijd advies vragen, maar een melding is hier niet nodig: de hulp is aanvaard en brengt op tijd veiligheid. Vraag 5 beantwoord je met ja, en dan sluit je af met afspraken.",
            en = "You can always ask for advice, but a report is not needed here: the help was accepted and brings safety in time. The answer to question 5 is yes, and then you close with agreements.",
          },
        },
        {
          text = {
            nl = "Ja. Het dossier kan dicht; het gaat goed, dus we hoeven nergens meer op te letten.",
            en = "Yes. The file can be closed; things are going well, so we need not watch for anything any more.",
          },
          next = "einde_hulp", points = 1, mistake = "kind_uit_beeld",
          feedback = {
            nl = "Afsluiten mag, maar niet zonder afspraken. Spreek af wie op wat let en wanneer je opnieuw de stappen doorloopt; anders raakt Mila uit beeld.",
            en = "Closing is fine, but not without agreements. Agree who watches for what and when you would go through the steps again; otherwise Mila drops out of sight.",
          },
        },
      },
    },
    {
      id = "melden_vooraf", step = "beslissen", speaker = "ilse",
      text = {
        nl = "Ilse neemt het besluit over: de school meldt. Dennis weet daar nog niets van. Hoe gaat Ilse te werk?",
        en = "Ilse takes the decision: the school reports. Dennis does not know yet. How does Ilse go about it?",
      },
      choices = {
        {
          text = {
            nl = "Ilse meldt anoniem, zodat Dennis niet weet dat het van school komt.",
            en = "Ilse reports anonymously, so that Dennis does not know it came from the school.",
          },
          next = "einde_gemeld", points = 1, actors = { "veilig_thuis" }, mistake = "anoniem_zonder_reden",
          feedback = {
            nl = "Er is geen reden voor anonimiteit: niemand loopt gevaar en het contact met vader is goed. Anoniem melden zonder reden maakt de samenwerking met het gezin en Veilig Thuis lastiger.",
            en = "There is no reason for anonymity: no one is at risk and contact with the father is good. Reporting anonymously without a reason makes working with the family and Veilig Thuis harder.",
          },
        },
        {
          text = {
            nl = "Ilse belt Dennis eerst: ze vertelt dat de school meldt, waarom, en wat Veilig Thuis daarna doet.",
            en = "Ilse calls Dennis first: she tells him the school is reporting, why, and what Veilig Thuis will do next.",
          },
          next = "einde_gemeld", points = 3, actors = { "veilig_thuis" },
          feedback = {
            nl = "Als je meldt, is dit de goede manier: open, vooraf geïnformeerd, zonder om toestemming te vragen.",
            en = "If you report, this is the right way: openly, informing him beforehand, without asking permission.",
          },
        },
        {
          text = {
            nl = "Ilse vraagt Dennis of hij het goed vindt dat de school meldt.",
            en = "Ilse asks Dennis whether he agrees to the school making a report.",
          },
          next = "einde_gemeld", points = 0, actors = { "veilig_thuis" }, mistake = "toestemming_vragen_melden",
          feedback = {
            nl = "Je informeert ouders vooraf, maar je vraagt geen toestemming: de school mag Veilig Thuis ook zonder toestemming informeren. Een vraag waarop ‘nee’ niet telt, schaadt het vertrouwen.",
            en = "You inform parents beforehand, but you do not ask permission: the school may inform Veilig Thuis without consent. A question where ‘no’ does not count damages trust.",
          },
        },
      },
    },
    {
      id = "vader_dicht", step = "gesprek", speaker = "dennis",
      text = {
        nl = "Dennis staat op. ‘Ik laat me niet beschuldigen door een school. Ik doe alles voor die kinderen.’ Ilse probeert het gesprek terug te halen, maar hij loopt de deur uit. ’s Middags haalt hij Mila op zonder iemand aan te kijken.",
        en = "Dennis stands up. ‘I won’t be accused by a school. I do everything for those kids.’ Ilse tries to bring the conversation back, but he walks out. In the afternoon he collects Mila without looking at anyone.",
      },
      next = "na_weigering",
    },
    {
      id = "na_weigering", step = "wegen",
      text = {
        nl = "Ilse en jij blijven achter. De plekken zijn niet verklaard, Mila is al weken stil en moe, en haar vader wil niet praten. Hoe wegen jullie dit?",
        en = "Ilse and you are left behind. The marks are unexplained, Mila has been quiet and tired for weeks, and her father will not talk. How do you weigh this?",
      },
      choices = {
        {
          text = {
            nl = "Ilse vraagt Veilig Thuis om advies: letsel bij een kind van zes, en een vader die het gesprek afbreekt.",
            en = "Ilse asks Veilig Thuis for advice: an injury in a six-year-old, and a father who breaks off the talk.",
          },
          next = "advies_na_weigering", points = 3, actors = { "veilig_thuis" },
          feedback = {
            nl = "Goed: onverklaard letsel en een vastgelopen gesprek vragen om de expertise van Veilig Thuis. Bij twijfel raadpleeg je Veilig Thuis altijd.",
            en = "Good: an unexplained injury and a stalled conversation call for the expertise of Veilig Thuis. When in doubt, you always consult Veilig Thuis.",
          },
        },
        {
          text = {
            nl = "Ik vraag Mila morgen zelf wat er thuis gebeurt, nu haar vader het niet wil vertellen.",
            en = "Tomorrow I will ask Mila myself what happens at home, now that her father won’t say.",
          },
          next = "mila_dicht", points = -2,
          critical = { id = "verhoren" },
          feedback = {
            nl = "Nu ga je een kind van zes ondervragen om te achterhalen wat haar vader niet vertelt. Dat belast Mila zwaar en is niet jouw taak; onderzoek is aan Veilig Thuis.",
            en = "Now you are questioning a six-year-old to find out what her father will not say. That puts a heavy burden on Mila and is not your job; investigation is for Veilig Thuis.",
          },
        },
        {
          text = {
            nl = "We laten het rusten. Vader is boos, en zonder bewijs kunnen we niets.",
            en = "We let it rest. The father is angry, and without proof we can do nothing.",
          },
          next = "afgesloten", points = 0, mistake = "kind_uit_beeld",
          feedback = {
            nl = "Je hebt geen bewijs nodig: de Meldcode vraagt om een vermoeden, niet om zekerheid. Dat vader dichtklapt, verandert niets aan de signalen bij Mila.",
            en = "You do not need proof: the Meldcode asks for a suspicion, not certainty. The father shutting down changes nothing about the signs in Mila.",
          },
        },
      },
    },
    {
      id = "mila_dicht", step = "wegen", speaker = "mila",
      text = {
        nl = "De volgende ochtend vraag je Mila in de gang wat er thuis gebeurt. Ze begint te huilen en zegt niets meer. De rest van de dag zit ze onder de tafel in de leeshoek. Ilse belt daarna Veilig Thuis voor advies.",
        en = "The next morning in the corridor you ask Mila what happens at home. She starts to cry and says nothing more. For the rest of the day she sits under the table in the reading corner. Afterwards Ilse calls Veilig Thuis for advice.",
      },
      next = "advies_na_weigering",
    },
    {
      id = "advies_na_weigering", step = "wegen", speaker = "consulent",
      text = {
        nl = "‘Onverklaard letsel, een stil kind en een vader die het gesprek afbreekt: dat is zorgelijk,’ zegt de consulent. ‘Probeer het nog één keer, rustig, en nodig de gezinswerker uit, zodat hij hoort dat het om hulp gaat. Wil vader geen hulp, dan is een melding de enige weg.’",
        en = "‘Unexplained injury, a quiet child and a father who breaks off the talk: that is worrying,’ says the adviser. ‘Try once more, calmly, and invite the family worker, so he hears that this is about help. If the father does not want help, a report is the only way left.’",
      },
      next = "tweede_poging",
    },
    {
      id = "tweede_poging", step = "gesprek",
      text = {
        nl = "Ilse wil Dennis opnieuw uitnodigen. Hoe pakken jullie het aan?",
        en = "Ilse wants to invite Dennis again. How do you approach it?",
      },
      choices = {
        {
          text = {
            nl = "Ilse stuurt een brief: als hij niet komt, moet de school melden bij Veilig Thuis.",
            en = "Ilse sends a letter: if he does not come, the school has to report to Veilig Thuis.",
          },
          next = "afgebeld", points = 0,
          feedback = {
            nl = "Een melding inzetten als dreigement maakt van hulp een straf. Vader hoort alleen de dreiging, niet de zorg om Mila.",
            en = "Using a report as a threat turns help into punishment. The father hears only the threat, not the concern for Mila.",
          },
        },
        {
          text = {
            nl = "Ilse belt hem zelf: ze zegt dat het eerste gesprek te scherp liep, en nodigt hem uit met Jeroen Bakker van het buurtteam erbij.",
            en = "Ilse calls him herself: she says the first talk went too sharply, and invites him with Jeroen Bakker of the neighbourhood team present.",
          },
          next = "afgebeld", points = 3, actors = { "buurtteam" },
          feedback = {
            nl = "Goed: je erkent wat er misging en maakt met de gezinswerker duidelijk dat het om hulp gaat. Zo geef je vader een echte kans om ja te zeggen.",
            en = "Good: you acknowledge what went wrong and, with the family worker, make clear this is about help. That gives the father a real chance to say yes.",
          },
        },
        {
          text = {
            nl = "Geen tweede poging: hij heeft zijn kans gehad. We melden meteen.",
            en = "No second attempt: he has had his chance. We report straight away.",
          },
          next = "weigering_melden", points = 1, actors = { "veilig_thuis" },
          feedback = {
            nl = "Melden mag hier, maar Veilig Thuis adviseerde nog één poging. Het eerste gesprek liep mis door de toon; een rustige tweede kans met de gezinswerker was de moeite waard.",
            en = "Reporting is allowed here, but Veilig Thuis advised one more attempt. The first talk went wrong because of its tone; a calm second chance with the family worker was worth it.",
          },
        },
      },
    },
    {
      id = "afgebeld", step = "gesprek", speaker = "dennis",
      text = {
        nl = "Dennis belt de avond ervoor af. ‘Ik hoef geen hulp, niet van jullie en niet van het buurtteam. Laat ons met rust.’ Hij hangt op. Mila komt de volgende dag met lange mouwen, terwijl het warm is.",
        en = "Dennis cancels the evening before. ‘I don’t need help, not from you and not from the neighbourhood team. Leave us alone.’ He hangs up. The next day Mila comes in long sleeves, although it is warm.",
      },
      next = "weigering_melden",
    },
    {
      id = "weigering_melden", step = "beslissen",
      text = {
        nl = "Vraag 4 van het afwegingskader: aanvaardt vader de hulp? Nee. Ilse gaat melden bij Veilig Thuis. Hoe?",
        en = "Question 4 of the framework: does the father accept the help? No. Ilse will report to Veilig Thuis. How?",
      },
      choices = {
        {
          text = {
            nl = "Ilse belt Dennis vooraf en zegt dat de school meldt, en waarom. Ze vraagt geen toestemming.",
            en = "Ilse calls Dennis beforehand and says the school is reporting, and why. She does not ask permission.",
          },
          next = "na_melding", points = 3, actors = { "veilig_thuis" },
          feedback = {
            nl = "Goed: open melden, vader vooraf informeren, geen toestemming vragen. Zo weet hij waar hij aan toe is en kan Veilig Thuis verder bouwen op eerlijk contact.",
            en = "Good: report openly, inform the father beforehand, do not ask permission. He knows where he stands and Veilig Thuis can build on honest contact.",
          },
        },
        {
          text = {
            nl = "Ilse vraagt Dennis nog één keer of hij het goed vindt dat de school meldt.",
            en = "Ilse asks Dennis once more whether he agrees to the school reporting.",
          },
          next = "na_melding", points = 0, actors = { "veilig_thuis" }, mistake = "toestemming_vragen_melden",
          feedback = {
            nl = "Je hebt geen toestemming nodig en je vraagt er ook niet om. Vader informeer je wel vooraf, tenzij dat Mila in gevaar brengt.",
            en = "You need no permission and you do not ask for it. You do inform the father beforehand, unless that would put Mila in danger.",
          },
        },
        {
          text = {
            nl = "We vragen Jeroen Bakker om toch bij Dennis langs te gaan, dan hoeven we niet te melden.",
            en = "We ask Jeroen Bakker to visit Dennis anyway, so we don’t need to report.",
          },
          next = "gezinswerker_kan_niet", points = 0, actors = { "buurtteam" },
          feedback = {
            nl = "Het buurtteam kan alleen helpen als het gezin instemt. Wie hulp weigert, krijgt geen hulp door de achterdeur; dan is een melding bij Veilig Thuis de enige weg.",
            en = "The neighbourhood team can only help with the family’s consent. Someone who refuses help does not get help through the back door; then a report to Veilig Thuis is the only way.",
          },
        },
      },
    },
    {
      id = "gezinswerker_kan_niet", step = "beslissen", speaker = "jeroen",
      text = {
        nl = "Jeroen schudt zijn hoofd. ‘Zonder zijn instemming kan ik niets. Als hij niet wil, kan ik zelf melden, maar het ligt meer voor de hand dat jullie dat doen: jullie hebben het letsel gezien.’ Ilse meldt dezelfde middag en belt Dennis vooraf.",
        en = "Jeroen shakes his head. ‘Without his consent I can do nothing. If he refuses, I could report myself, but it makes more sense for you to do it: you saw the injury.’ Ilse reports that same afternoon and calls Dennis beforehand.",
      },
      next = "na_melding",
    },
    {
      id = "na_melding", step = "beslissen",
      text = {
        nl = "Veilig Thuis heeft de melding aangenomen. Het is woensdag; Mila zit gewoon in de klas, stil, met haar mouwen over haar handen. Wat doet de school nu?",
        en = "Veilig Thuis has accepted the report. It is Wednesday; Mila is in class as usual, quiet, her sleeves over her hands. What does the school do now?",
      },
      choices = {
        {
          text = {
            nl = "Veilig Thuis heeft het nu. Wij doen niets tot we iets horen.",
            en = "Veilig Thuis has it now. We do nothing until we hear something.",
          },
          next = "einde_geweigerd", points = 0, mistake = "kind_uit_beeld",
          feedback = {
            nl = "Na een melding blijft de school betrokken. Jij ziet Mila elke dag; wat je ziet, heeft Veilig Thuis nodig.",
            en = "After a report the school stays involved. You see Mila every day; what you see is what Veilig Thuis needs.",
          },
        },
        {
          text = {
            nl = "Ik vertel Mila dat we ons zorgen maken over haar papa, zodat ze weet dat ze bij mij terecht kan.",
            en = "I tell Mila we are worried about her daddy, so she knows she can come to me.",
          },
          next = "einde_geweigerd", points = 0,
          feedback = {
            nl = "Goed bedoeld, maar zo leg je de zorg over haar vader bij een kind van zes. Laat merken dat ze welkom is door er te zijn, niet door haar vader ter sprake te brengen.",
            en = "Well meant, but this puts the worry about her father on a six-year-old. Show her she is welcome by being there, not by bringing up her father.",
          },
        },
        {
          text = {
            nl = "We volgen Mila gewoon, leggen nieuwe signalen vast, geven die door aan Veilig Thuis en wachten op hun terugkoppeling.",
            en = "We keep following Mila, record new signs, pass them on to Veilig Thuis and wait for their feedback.",
          },
          next = "einde_geweigerd", points = 3,
          feedback = {
            nl = "Goed: de school blijft betrokken. Mila heeft een veilige, gewone schooldag nodig, en Veilig Thuis heeft jouw waarnemingen nodig.",
            en = "Good: the school stays involved. Mila needs a safe, ordinary school day, and Veilig Thuis needs your observations.",
          },
        },
      },
    },
    {
      id = "afgesloten", step = "wegen",
      text = {
        nl = "Ilse noteert in het dossier: ‘Besproken met vader.’ Verder gebeurt er niets; het dossier gaat dicht.\n\nZes weken later, op een maandag, houdt Mila haar jas aan in de klas. Als ze in de kring haar capuchon afzet, zie je een blauwe plek op haar wang, vlak bij haar oor. Ze zegt niets en kijkt naar de grond.",
        en = "Ilse writes in the file: ‘Discussed with father.’ Nothing else happens; the file is closed.\n\nSix weeks later, on a Monday, Mila keeps her coat on in class. When she pushes back her hood in circle time, you see a bruise on her cheek, close to her ear. She says nothing and looks at the floor.",
      },
      next = "nieuwe_plek",
    },
    {
      id = "nieuwe_plek", step = "signalen",
      text = {
        nl = "Wat doe je nu?",
        en = "What do you do now?",
      },
      choices = {
        {
          text = {
            nl = "Ik vraag Mila wat er gebeurd is, en of papa weer boos was.",
            en = "I ask Mila what happened, and whether Daddy was angry again.",
          },
          next = "melden_nu", points = 0,
          feedback = {
            nl = "‘Was papa weer boos?’ legt haar een antwoord in de mond. Eén open vraag mag; een suggestieve vraag maakt het voor deskundigen later moeilijker.",
            en = "‘Was Daddy angry again?’ puts an answer in her mouth. One open question is fine; a leading one makes it harder for the experts later.",
          },
        },
        {
          text = {
            nl = "Ik noteer wat ik zie, met datum en plek, en ga vandaag nog naar Ilse. Een tweede verwonding, nu op een plek waar kinderen zelden vallen.",
            en = "I note what I see, with the date and location, and go to Ilse today. A second injury, now where children rarely fall.",
          },
          next = "melden_nu", points = 3, actors = { "zorgteam" },
          feedback = {
            nl = "Goed: feitelijk vastleggen en direct overleggen. Wangen en oren zijn geen typische valplekken, en dit is het tweede letsel in korte tijd.",
            en = "Good: record the facts and consult at once. Cheeks and ears are not typical places for falls, and this is the second injury in a short time.",
          },
        },
        {
          text = {
            nl = "Ik wacht af. Vader heeft de vorige keer uitgelegd hoe het kwam.",
            en = "I wait. Last time the father explained how it happened.",
          },
          next = "melden_nu", points = 0, mistake = "wachten_tweede_signaal",
          feedback = {
            nl = "Dit ís het tweede signaal. Letsel bij het oor van een kind van zes is ernstig zorgwekkend: wacht niet, overleg vandaag.",
            en = "This *is* the second sign. An injury near the ear of a six-year-old is seriously alarming: do not wait, consult today.",
          },
        },
      },
    },
    {
      id = "melden_nu", step = "beslissen", speaker = "ilse",
      text = {
        nl = "Ilse en jij leggen de notities naast elkaar: de plekken op haar arm in maart, nu een blauwe plek bij haar oor. ‘We hebben het dossier te vroeg gesloten,’ zegt Ilse. Wat besluiten jullie?",
        en = "Ilse and you put the notes side by side: the marks on her arm in March, now a bruise near her ear. ‘We closed the file too soon,’ says Ilse. What do you decide?",
      },
      choices = {
        {
          text = {
            nl = "We verwijzen Dennis nu alsnog naar het buurtteam.",
            en = "We now refer Dennis to the neighbourhood team after all.",
          },
          next = "einde_te_laat", points = -1, actors = { "buurtteam" },
          critical = { id = "alleen_buurtteam_bij_onveiligheid" },
          feedback = {
            nl = "Herhaald letsel bij een jong kind is structurele onveiligheid. Verwijzen naar het buurtteam is hulp organiseren; dat vervangt nooit een melding bij Veilig Thuis.",
            en = "Repeated injury in a young child is structural unsafety. Referring to the neighbourhood team is organising help; it never replaces a report to Veilig Thuis.",
          },
        },
        {
          text = {
            nl = "Eerst weer een gesprek met Dennis; misschien is er een verklaring.",
            en = "First another talk with Dennis; perhaps there is an explanation.",
          },
          next = "einde_te_laat", points = 1,
          -- This decision is the weighing: question 2 of the afwegingskader is now yes.
          skips = { "wegen" },
          feedback = {
            nl = "Vader informeren hoort erbij, maar de vraag of je meldt hangt niet meer af van zijn verklaring. Bij herhaald letsel meld je, en vertel je hem vooraf dat je dat doet.",
            en = "Informing the father is part of it, but whether you report no longer depends on his explanation. With repeated injury you report, and tell him beforehand that you are doing so.",
          },
        },
        {
          text = {
            nl = "Ilse meldt vandaag bij Veilig Thuis en vertelt Dennis vooraf dat ze dat doet. Herhaald letsel is structurele onveiligheid.",
            en = "Ilse reports to Veilig Thuis today and tells Dennis beforehand. Repeated injury is structural unsafety.",
          },
          next = "einde_te_laat", points = 3, actors = { "veilig_thuis" },
          -- This decision is the weighing: question 2 of the afwegingskader is now yes.
          skips = { "wegen" },
          feedback = {
            nl = "Goed: vraag 2 van het afwegingskader is nu ja. Dan meld je, en bepaal je samen met Veilig Thuis of en welke hulp er daarnaast nodig is.",
            en = "Good: question 2 of the framework is now yes. Then you report, and decide together with Veilig Thuis whether and what help is also needed.",
          },
        },
      },
    },
  },

  endings = {
    {
      id = "einde_hulp",
      title = { nl = "Hulp werkt: afgesloten met afspraken", en = "Help works: closed with agreements" },
      text = {
        nl = "Ilse legt het besluit vast in Mila’s dossier: vermoeden besproken, hulp aanvaard, veiligheid bereikt. Jeroen gaat nog een paar maanden af en toe langs.\n\nIn juni speelt Mila de wolf in de klassenvoorstelling. Ze brult zo hard dat de hele zaal lacht. Dennis zit op de eerste rij, met Sem op schoot.",
        en = "Ilse records the decision in Mila’s file: suspicion discussed, help accepted, safety reached. Jeroen keeps visiting now and then for a few more months.\n\nIn June Mila plays the wolf in the class play. She roars so loudly that the whole hall laughs. Dennis sits in the front row, with Sem on his lap.",
      },
      outcome = "hulp_afsluiten",
      route = { "school", "zorgteam", "veilig_thuis", "buurtteam" },
      debrief = {
        nl = "Dit is het afwegingskader zonder melding. Er was een vermoeden (vraag 1), maar geen acute of structurele onveiligheid (vraag 2): één keer te hard vastgepakt, erkend, zonder eerder letsel. De school kon met het buurtteam hulp organiseren (3), vader aanvaardde die (4) en de hulp bracht op tijd veiligheid (5). Veilig Thuis stond in de route als adviseur: een adviesvraag is geen melding. Na het driehoeksgesprek droeg het buurtteam de verantwoordelijkheid; was de hulp niet genoeg of niet snel genoeg gegaan, dan had het buurtteam met instemming het SAVE-team kunnen inschakelen, of had de school de stappen opnieuw doorlopen en gemeld. Mila’s moeder heeft ook gezag en is op de hoogte. De school blijft alert.",
        en = "This is the framework without a report. There was a suspicion (question 1), but no acute or structural unsafety (question 2): grabbed too hard once, admitted, no earlier injuries. The school could organise help with the neighbourhood team (3), the father accepted it (4) and it brought safety in time (5). Veilig Thuis is in the route as an adviser: asking for advice is not a report. After the three-way meeting the neighbourhood team carried responsibility; had the help not been enough or fast enough, the team could have brought in the SAVE team with consent, or the school would have gone through the steps again and reported. Mila’s mother also has parental authority and has been informed. The school stays alert.",
      },
      history = {
        nl = "In het verhaal uit 2015 besliste de leraar zelf, eventueel na overleg met het buurtteam, of zelf hulp organiseren genoeg was. Sinds 2019 beantwoordt de school eerst de vraag of melden noodzakelijk is, en pas daarna of hulp mogelijk is; de aandachtsfunctionaris draagt dat besluit mee, niet één leerkracht.",
        en = "In the 2015 story the teacher decided, possibly after consulting the neighbourhood team, whether organising help was enough. Since 2019 the school first answers whether a report is necessary, and only then whether help is possible; the safeguarding lead shares that decision, not one teacher alone.",
      },
    },
    {
      id = "einde_gemeld",
      title = { nl = "Gemeld, en toch naar het buurtteam", en = "Reported, and still to the neighbourhood team" },
      text = {
        nl = "Veilig Thuis neemt de melding aan en maakt binnen vijf werkdagen een veiligheidsbeoordeling. De conclusie: geen acute of structurele onveiligheid, en een vader die hulp wil. Veilig Thuis draagt over aan het buurtteam.\n\nDrie weken later dan nodig zit Dennis bij Jeroen Bakker aan tafel. ‘Ik dacht dat jullie me wilden helpen,’ zegt hij tegen Ilse. ‘Niet aangeven.’",
        en = "Veilig Thuis accepts the report and makes a safety assessment within five working days. The conclusion: no acute or structural unsafety, and a father who wants help. Veilig Thuis hands over to the neighbourhood team.\n\nThree weeks later than necessary Dennis sits down with Jeroen Bakker. ‘I thought you wanted to help me,’ he says to Ilse. ‘Not report me.’",
      },
      outcome = "hulp_afsluiten",
      route = { "school", "zorgteam", "veilig_thuis", "buurtteam" },
      debrief = {
        nl = "Melden was niet verboden: bij twijfel meld je, en Veilig Thuis neemt elke melding serieus. Maar hier was er na advies geen acute of structurele onveiligheid, en vader wilde hulp. Dan wijst het afwegingskader naar hulp organiseren via het buurtteam, met een driehoeksgesprek en een evaluatie. Veilig Thuis beoordeelde binnen vijf werkdagen de veiligheid en droeg over aan het buurtteam; de school kreeg daar bericht van, na de veiligheidsbeoordeling en na afronding. De school blijft betrokken: ze volgt Mila, deelt wat opvalt met de gezinswerker, en doorloopt de stappen opnieuw als er nieuw letsel komt.",
        en = "Reporting was not forbidden: when in doubt you report, and Veilig Thuis takes every report seriously. But here, after advice, there was no acute or structural unsafety, and the father wanted help. Then the framework points to organising help through the neighbourhood team, with a three-way meeting and an evaluation. Veilig Thuis assessed safety within five working days and handed over to the neighbourhood team; the school was told, after the safety assessment and at the end. The school stays involved: it follows Mila, shares what it notices with the family worker, and goes through the steps again if a new injury appears.",
      },
    },
    {
      id = "einde_geweigerd",
      title = { nl = "Hulp geweigerd, gemeld", en = "Help refused, reported" },
      text = {
        nl = "Veilig Thuis neemt de melding aan. Twee weken lang zegt Dennis bij het hek niets meer tegen je. Mila komt gewoon naar school; in de kring zegt ze weinig.\n\nDan belt Veilig Thuis: na de veiligheidsbeoordeling doen ze zelf onderzoek, en ze spreken Dennis en Mila’s moeder.",
        en = "Veilig Thuis accepts the report. For two weeks Dennis says nothing to you at the gate. Mila keeps coming to school; in circle time she says little.\n\nThen Veilig Thuis calls: after the safety assessment they will investigate themselves, and they will talk with Dennis and with Mila’s mother.",
      },
      outcome = "melden_hulp_geweigerd",
      route = { "school", "zorgteam", "veilig_thuis", "buurtteam" },
      debrief = {
        nl = "Vader wilde geen hulp, ook niet na een tweede, rustige poging met de gezinswerker. Dan kan het buurtteam niets, en is een melding bij Veilig Thuis de enige weg (vraag 4). Veilig Thuis maakt binnen vijf werkdagen een veiligheidsbeoordeling, doet zelf onderzoek of vraagt de Raad voor de Kinderbescherming dat te doen, of leidt door naar het buurtteam als vader alsnog hulp wil, of naar het SAVE-team als vrijwillige hulp niet genoeg is. De school hoort het na de beoordeling en na het onderzoek. De school blijft betrokken: ze volgt Mila, geeft nieuwe signalen door en houdt de deur naar vader open. Hoe het eerste gesprek begint, bepaalt vaak of hulp nog kan.",
        en = "The father wanted no help, not even after a second, calm attempt with the family worker. Then the neighbourhood team can do nothing, and a report to Veilig Thuis is the only way left (question 4). Veilig Thuis makes a safety assessment within five working days, investigates itself or asks the Child Protection Board to, or routes to the neighbourhood team if the father now wants help, or to the SAVE team if voluntary help is not enough. The school hears after the assessment and after the investigation. The school stays involved: it follows Mila, passes on new signs and keeps the door open to the father. How the first talk begins often decides whether help is still possible.",
      },
    },
    {
      id = "einde_te_laat",
      title = { nl = "Te vroeg afgesloten", en = "Closed too soon" },
      text = {
        nl = "Ilse legt alles vast. Wat in maart één keer letsel leek, is nu herhaald letsel bij een kind van zes. Mila had zes weken hulp kunnen hebben.\n\nDie middag zit ze in de leeshoek met een boek op schoot. Ze slaat geen bladzijde om.",
        en = "Ilse records everything. What looked in March like a single injury is now repeated injury in a six-year-old. Mila could have had six weeks of help.\n\nThat afternoon she sits in the reading corner with a book on her lap. She does not turn a single page.",
      },
      outcome = "melden_structureel",
      route = { "school", "zorgteam", "veilig_thuis" },
      debrief = {
        nl = "In maart was er een vermoeden, ook al was er geen acute of structurele onveiligheid: dan hoort er hulp te komen, niet een gesloten dossier. Zes weken later is er nieuw letsel, en nu is er wel structurele onveiligheid: de school meldt bij Veilig Thuis en informeert vader vooraf. Het buurtteam alleen is dan niet genoeg. Veilig Thuis maakt binnen vijf werkdagen een veiligheidsbeoordeling, onderzoekt zelf of via de Raad voor de Kinderbescherming, en schakelt zo nodig het SAVE-team in. De school hoort het na de beoordeling en na het onderzoek, blijft Mila volgen en geeft nieuwe signalen door.",
        en = "In March there was a suspicion, even without acute or structural unsafety: that calls for help, not a closed file. Six weeks later there is a new injury, and now there is structural unsafety: the school reports to Veilig Thuis and informs the father beforehand. The neighbourhood team alone is then not enough. Veilig Thuis makes a safety assessment within five working days, investigates itself or through the Child Protection Board, and brings in the SAVE team if needed. The school hears after the assessment and after the investigation, keeps following Mila and passes on new signs.",
      },
    },
  },
}
