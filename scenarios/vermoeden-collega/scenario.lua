-- Case: a pupil shows the care coordinator sexual messages from a teacher.
-- The contrast case: a suspected sexual offence by staff falls outside the
-- Meldcode. Every staff member informs the school board at once; the board
-- consults the vertrouwensinspecteur and must report to the police. Only
-- signalen, gesprek and beslissen are scored; not_applicable says why.
-- The number `schade` counts choices that tip off the colleague or keep the
-- matter internal; at the last decision it picks the ending of the best option.
return {
  format = 1,
  id = "vermoeden-collega",
  title = "Een vermoeden tegen een collega",
  language = "nl",
  languages = { "nl" },
  audience = "Zorgcoördinatoren, mentoren, docenten en schoolleiders in het voortgezet onderwijs",
  summary = "Lina (14) laat je berichten zien die de dramadocent haar ’s nachts stuurt. Geen Meldcode deze keer: wat moet je dan wél, en meteen? Jij bent zorgcoördinator.",
  school_type = "vo",
  minutes = 15,
  version = "1.0",
  pass_mark = 0.7,
  start = "begin",

  not_applicable = {
    consultatie = "Bij een vermoeden van een zedenmisdrijf door een medewerker geldt de Meldcode niet. Er is geen collegiale consultatie en geen adviesvraag bij Veilig Thuis vooraf: elke medewerker informeert direct zelf het schoolbestuur, en het bestuur overlegt met de vertrouwensinspecteur.",
    wegen = "Jij weegt niet of het vermoeden gegrond is of hoe ernstig het is. Het bestuur stelt samen met de vertrouwensinspecteur vast of er een redelijk vermoeden is van een strafbaar feit; is dat zo, dan doet het bestuur aangifte en onderzoekt de politie.",
  },

  characters = {
    lina = { name = "Lina Bakker", role = "leerling 3 havo, 14 jaar" },
    mirthe = { name = "Mirthe", role = "vriendin van Lina" },
    ruben = { name = "Ruben Hoekstra", role = "docent drama, regisseur van de schoolmusical" },
    paul = { name = "Paul Janssen", role = "rector" },
    marian = { name = "Marian de Graaf", role = "voorzitter college van bestuur van de stichting" },
    esther = { name = "Esther Bakker", role = "moeder van Lina" },
    sven = { name = "Sven", role = "mentor 2 vwo" },
  },

  variables = { schade = 0 },

  scenes = {
    {
      id = "begin", step = "signalen", speaker = "mirthe",
      text = "Je bent zorgcoördinator en aandachtsfunctionaris op een scholengemeenschap in Utrecht. Dinsdag, vijf over elf, kloppen Lina Bakker (14, 3 havo) en haar vriendin Mirthe op je deur.\n\n“Lina moet je iets laten zien,” zegt Mirthe. “Ze durft niet, maar het moet.”\n\nLina schuift haar telefoon over het bureau. Snapchat. De afzender: meneer Hoekstra, de dramadocent die de schoolmusical regisseert. De berichten zijn van na middernacht.\n\n“Je was geweldig vandaag. Je hebt een prachtig lichaam voor het podium.” “Stuur eens een foto van hoe je er nu bij ligt 😉” “Dit blijft tussen ons. Jij bent volwassener dan de rest.” “Kom zaterdag bij mij je solo oefenen. Dan zijn we ongestoord.”",
      next = "bericht",
    },
    {
      id = "bericht", step = "signalen", speaker = "lina",
      text = "“Ik weet niet of ik overdrijf,” zegt Lina zacht. “Hij is echt superaardig. Ik heb niks teruggestuurd.”\n\nDe telefoon ligt tussen jullie in. Wat doe je?",
      choices = {
        {
          text = "Je scrolt zelf door haar hele Snapchat en maakt met je eigen telefoon screenshots van alles, zodat het bewijs veilig is.",
          next = "ernst", points = -3, actors = { "school" },
          critical = { id = "verhoren" },
          feedback = "Zelf bewijs verzamelen is niet aan jou: dat doet de politie, op een manier die in een onderzoek standhoudt. En door haar telefoon door te spitten neem je Lina haar verhaal uit handen.",
        },
        {
          text = "Je leest wat Lina laat zien en noteert: datum, tijd, wie er waren, afzender, tijdstippen, de letterlijke zinnen, wat Lina zei. Ze moet niets wissen, zeg je.",
          next = "ernst", points = 2, actors = { "school" },
          feedback = "Goed: feitelijk vastleggen wat je zag en hoorde, met datum en tijd. Lina vragen niets te wissen is genoeg; het bewijs veiligstellen doet later de politie.",
        },
        {
          text = "Je schrijft op: “Ruben Hoekstra probeert Lina te versieren. Hij is een gevaar voor leerlingen.”",
          next = "ernst", points = 0, actors = { "school" }, mistake = "interpreteren",
          feedback = "Een conclusie, geen waarneming. Wat vastgesteld moet worden, stellen het bestuur, de vertrouwensinspecteur en de politie vast. Jij noteert wat je zag: de berichten, de tijden, Lina’s woorden.",
        },
      },
    },
    {
      id = "ernst", step = "signalen",
      text = "Je kent Ruben al zes jaar. Hij is geliefd, zijn musicals zijn het hoogtepunt van het schooljaar. Je collega. Je merkt dat je naar een verklaring zoekt.\n\nWat heb je hier voor je?",
      choices = {
        {
          text = "Een Meldcode-zaak. Ik ben de aandachtsfunctionaris: ik doorloop de vijf stappen en vraag eerst Veilig Thuis om advies.",
          next = "luisteren", points = 0,
          feedback = "De Meldcode gaat over geweld in de huiselijke kring. Bij een vermoeden van een zedenmisdrijf door een medewerker geldt een andere, strengere regel: je informeert direct het schoolbestuur.",
        },
        {
          text = "Grensoverschrijdend, maar misschien onhandig. Ruben is betrokken. Ik wacht af of er meer signalen komen.",
          next = "luisteren", points = -3,
          critical = { id = "personeel_niet_naar_bestuur" },
          feedback = "Een volwassene die een meisje van 14 ’s nachts om een foto vraagt en haar thuis uitnodigt ‘om ongestoord te zijn’: daar wacht je niet mee. Of het strafbaar is, beoordeel jij niet; melden bij het bestuur moet nu.",
        },
        {
          text = "Een vermoeden van een zedenmisdrijf door een medewerker tegen een minderjarige leerling. Dan geldt niet de Meldcode, maar de meldplicht naar het bestuur.",
          next = "luisteren", points = 2,
          feedback = "Juist. Elke medewerker die zo’n vermoeden heeft, moet het schoolbestuur direct informeren. Het bestuur overlegt met de vertrouwensinspecteur en moet aangifte doen als er een redelijk vermoeden is.",
        },
      },
    },
    {
      id = "luisteren", step = "gesprek", speaker = "lina",
      text = "Mirthe gaat terug naar de les. Lina blijft.\n\n“Het begon na de audities,” zegt ze. “Eerst alleen complimentjes. Nu elke avond. Ik weet niet hoe ik nee moet zeggen, hij bepaalt wie welke rol krijgt.”",
      choices = {
        {
          text = "“Ach, hij bedoelt het vast niet zo. Hij is gewoon enthousiast over zijn musical.”",
          next = "geheim", points = -1,
          feedback = "Zo zeg je Lina dat ze overdrijft, precies waar ze bang voor was. Luisteren betekent: niet goedpraten, niet oordelen, en haar serieus nemen.",
        },
        {
          text = "Je luistert, vat samen wat ze vertelt en zegt dat het goed is dat ze komt en dat het niet haar schuld is. Je vraagt alleen of er nog iets is wat ze kwijt wil.",
          next = "geheim", points = 2,
          feedback = "Goed: je luistert zonder te verhoren, erkent hoe lastig dit is en haalt de schuld bij haar weg. Details uitvragen laat je aan de politie, aan rechercheurs die daarin getraind zijn.",
        },
        {
          text = "Je vraagt door: heeft hij je aangeraakt? Waar? Ben je bij hem thuis geweest? Heb je ooit foto’s gestuurd? Laat alles zien.",
          next = "geheim", points = -3,
          critical = { id = "verhoren" },
          feedback = "Dit is een verhoor. Bij een vermoeden van een zedenmisdrijf kan elke vraag te veel een later politieverhoor beschadigen, en Lina voelt zich beschuldigd. Luister, vat samen, en vraag niet door.",
        },
      },
    },
    {
      id = "geheim", step = "gesprek", speaker = "lina",
      text = "Lina pakt haar telefoon terug en houdt hem tegen zich aan.\n\n“Beloof je dat je het niet doorvertelt? Ik wil niet dat hij ontslagen wordt. En mijn ouders mogen het echt niet weten, mijn vader flipt.”",
      choices = {
        {
          text = "“Ik vertel het alleen aan de rector, verder aan niemand.”",
          next = "ruben_deur", points = -3,
          critical = { id = "geheim_beloven" },
          feedback = "Die belofte kun je niet houden: de rector inlichten is niet genoeg, je moet zelf zorgen dat het bestuur het weet, en haar ouders worden ingelicht. Zeg eerlijk wat er gaat gebeuren.",
        },
        {
          text = "“Ik beloof het. We zoeken samen een oplossing, zonder dat iemand het hoeft te weten.”",
          next = "ruben_deur", points = -3,
          critical = { id = "geheim_beloven" },
          feedback = "Die belofte mag je niet doen en kun je niet houden: de meldplicht geldt voor iedereen op school, ook voor een vertrouwenspersoon. Als je je woord straks breekt, verliest Lina haar vertrouwen in jou.",
        },
        {
          text = "“Dat kan ik niet beloven. Iedereen op school moet dit meteen aan het schoolbestuur melden, ik ook. Ik vertel je wat er gebeurt. Je staat er niet alleen voor.”",
          next = "ruben_deur", points = 2,
          feedback = "Goed: eerlijk over de plicht, duidelijk over wat er gaat gebeuren, en je laat haar niet alleen. Dat haar ouders het horen, vertel je ook: het bestuur licht hen in.",
        },
      },
    },
    {
      id = "ruben_deur", step = "gesprek", speaker = "ruben",
      text = "Lina is net weg als Ruben Hoekstra zijn hoofd om de deur steekt, een beker koffie in zijn hand.\n\n“Hé. Was Lina net bij jou? Ze deed vanochtend een beetje raar bij de repetitie. Is er iets met haar?”",
      choices = {
        {
          text = "Je vraagt hem meteen wat die berichten aan Lina betekenen. Hij verdient de kans om het uit te leggen.",
          next = "naar_rector", points = -3, add = { schade = 1 },
          critical = {
            id = "collega_confronteren",
            explanation = "Confronteer een collega niet met een vermoeden van een zedenmisdrijf. Hij kan berichten wissen, de leerling onder druk zetten of zijn verhaal aanpassen. Horen en onderzoeken is aan het bestuur en de politie.",
          },
          feedback = "Zo waarschuw je de collega voordat het bestuur en de politie iets kunnen doen. Hoor en wederhoor is niet jouw taak.",
        },
        {
          text = "Je zegt vriendelijk dat je over leerlingen geen mededelingen doet, en gaat door met je werk. Je laat niets merken.",
          next = "naar_rector", points = 2,
          feedback = "Goed: je confronteert hem niet en geeft niets prijs. Zo kan het bestuur zorgvuldig handelen, en wordt Lina niet onder druk gezet.",
        },
        {
          text = "“Niks ernstigs.” Maar je vraagt hem wel om voorlopig wat afstand van Lina te houden.",
          next = "naar_rector", points = -3, add = { schade = 1 },
          critical = { id = "collega_confronteren" },
          feedback = "Met ‘wat afstand houden’ verklap je dat er iets is met Lina. Hij weet nu genoeg om berichten te wissen of haar aan te spreken. Zeg niets en informeer het bestuur.",
        },
      },
    },
    {
      id = "naar_rector", step = "beslissen", speaker = "paul",
      text = "Je loopt naar rector Paul Janssen. Hij leest je aantekeningen en wrijft over zijn gezicht.\n\n“Ruben. Dat kan ik bijna niet geloven. Luister, laten we dit eerst intern houden. Ik spreek hem morgen, dan horen we zijn kant. Als het meevalt, hoeft het bestuur het niet te weten. Anders is zijn carrière voorbij om een misverstand.”",
      choices = {
        {
          text = "“Nee. Ik moet het bestuur vandaag zelf informeren; jou inlichten is niet genoeg. Ik bel Marian de Graaf nu, en jij mag erbij zijn.”",
          next = "bestuur", points = 3, actors = { "bestuur" },
          feedback = "Juist: de meldplicht is direct en persoonlijk. Een tussenpersoon inlichten, ook de rector, is niet genoeg; je zorgt zelf dat het bestuur het vandaag weet.",
        },
        {
          text = "Je belt Veilig Thuis: daar meld je toch vermoedens van misbruik van kinderen?",
          next = "vt_verwijst", points = 0, actors = { "veilig_thuis" },
          feedback = "Veilig Thuis is er voor geweld in de huiselijke kring. Bij een vermoeden tegen een medewerker is de weg: direct het schoolbestuur, dat met de vertrouwensinspecteur overlegt.",
        },
        {
          text = "“Goed. Jij bent mijn leidinggevende; dan heb ik mijn plicht gedaan.”",
          next = "intern", points = -3, add = { schade = 1 },
          critical = { id = "personeel_niet_naar_bestuur" },
          feedback = "Je plicht is pas gedaan als het bestuur het weet. De rector is een tussenpersoon. Intern houden, eerst zelf de collega horen of afwachten, mag niet.",
        },
      },
    },
    {
      id = "vt_verwijst", step = "beslissen",
      text = "De medewerker van Veilig Thuis luistert en is duidelijk: “Dit gaat over een medewerker van uw school, niet over de thuissituatie. Daarvoor geldt de meldplicht naar uw schoolbestuur, en het bestuur overlegt met de vertrouwensinspecteur. Doe dat vandaag nog.”\n\nJe hangt op en belt Marian de Graaf, voorzitter van het college van bestuur.",
      next = "bestuur",
    },
    {
      id = "intern", step = "beslissen", speaker = "lina",
      text = "De volgende dag spreekt Paul met Ruben. Ruben is geschrokken, zegt hij: een misverstand, een grap die verkeerd viel. ’s Avonds is zijn Snapchat-account verdwenen.\n\nDonderdag staat Lina huilend in je kamer. “Hij zei bij de repetitie dat hij niet snapt waarom ik hem dit aandoe. Je zei dat je het goed zou regelen.”\n\nJe beseft dat het bestuur nog van niets weet.",
      choices = {
        {
          text = "Je bent er nu zelf verantwoordelijk voor. Je belt meteen Marian de Graaf, de bestuurder, en vertelt wat er is gebeurd, ook dat Ruben al is gesproken.",
          next = "bestuur", points = 2, actors = { "bestuur" },
          feedback = "Goed, nu alsnog. De meldplicht is persoonlijk: wat de rector wel of niet doet, ontslaat jou er niet van. Vertel ook eerlijk dat Ruben al gewaarschuwd is.",
        },
        {
          text = "Je wacht af. Paul heeft gezegd dat hij het regelt, en hij is de rector.",
          next = "moeder_belt", points = -3,
          critical = { id = "personeel_niet_naar_bestuur" },
          feedback = "De meldplicht is persoonlijk: jij moet zorgen dat het bestuur het weet. Intussen staat Lina er alleen voor, tegenover een docent die weet dat ze iets heeft verteld.",
        },
      },
    },
    {
      id = "moeder_belt", step = "beslissen", speaker = "marian",
      text = "Vrijdag belt Lina’s moeder het bestuurskantoor. Ze heeft Lina huilend gevonden en alles gehoord. Een uur later belt Marian de Graaf jou.\n\n“Waarom hoor ik dit van een moeder, en niet van mijn eigen school?”",
      next = "bestuur",
    },
    {
      id = "bestuur", step = "beslissen", speaker = "marian",
      text = "Je hebt Marian de Graaf aan de telefoon, voorzitter van het college van bestuur. Ze luistert zonder je te onderbreken en laat je de berichten voorlezen van je aantekeningen.\n\n“Goed dat ik het weet. Paul zegt dat we Ruben eerst moeten horen voor we iemand anders erbij halen. Wat vind jij?”",
      choices = {
        {
          text = "“Laat de vertrouwenspersoon eerst een klachtprocedure starten. Dan gaat het zorgvuldig.”",
          next = "ouders", points = 0,
          feedback = "Een klacht kan er later ook zijn, maar die vervangt de wettelijke plicht niet. Het bestuur moet bij een vermoeden van een zedenmisdrijf direct met de vertrouwensinspecteur overleggen.",
        },
        {
          text = "“U overlegt vandaag nog met de vertrouwensinspecteur. Die stelt met u vast of er een redelijk vermoeden is. Ruben horen doen we niet zelf.”",
          next = "ouders", points = 2, actors = { "vertrouwensinspecteur" },
          feedback = "Juist: het bestuur moet direct met de vertrouwensinspecteur overleggen. Samen stellen ze vast of er een redelijk vermoeden is van een strafbaar feit.",
        },
        {
          text = "“Eerst Ruben horen lijkt me eerlijk. Als hij het goed uitlegt, hoeft de inspectie er niet bij.”",
          next = "ouders", points = -3,
          critical = { id = "collega_confronteren" },
          feedback = "Hoor en wederhoor vóór het overleg met de vertrouwensinspecteur geeft Ruben de kans berichten te wissen en Lina onder druk te zetten. De wet vraagt direct overleg.",
        },
      },
    },
    {
      id = "ouders", step = "gesprek", speaker = "esther",
      text = "De vertrouwensinspecteur en Marian zijn het eens: er is een redelijk vermoeden. Het bestuur gaat aangifte doen en licht eerst Ruben en de ouders van Lina in.\n\nLina vraagt of jij erbij bent als haar moeder komt. Esther Bakker zit op het puntje van haar stoel.\n\n“Waarom moet dit zo groot? Zorg gewoon dat die man Lina met rust laat. Ik wil geen politie. Lina hoeft niet door zo’n verhoor.”",
      choices = {
        {
          text = "“Als u dat liever heeft, kunnen we kijken of het zonder politie kan.”",
          next = "aangifte", points = -1,
          feedback = "Die ruimte is er niet: bij een redelijk vermoeden moet het bestuur aangifte doen, ook als ouders dat niet willen. Beloof niets wat het bestuur niet mag waarmaken.",
        },
        {
          text = "Je zegt dat jij daar niets over te zeggen hebt en dat ze bij het bestuur moet zijn.",
          next = "aangifte", points = 1,
          feedback = "Het klopt dat het bestuur beslist, maar moeder en Lina hebben nu iemand nodig die uitlegt waarom en wat hen te wachten staat.",
        },
        {
          text = "Je legt uit dat het bestuur wettelijk aangifte moet doen, ook als ouders dat niet willen, om herhaling te voorkomen. En dat Lina niet alleen staat.",
          next = "aangifte", points = 2,
          feedback = "Goed: eerlijk over de plicht en waarom die er is, en met aandacht voor Lina. Lina wordt gehoord door zedenrechercheurs die daarin getraind zijn.",
        },
      },
    },
    {
      id = "aangifte", step = "beslissen", speaker = "marian",
      text = "Marian belt je maandagochtend. “Ruben is op non-actief gesteld en weet dat we aangifte doen. Paul vraagt of we de aangifte kunnen uitstellen tot na de musical, over twee weken. Dat scheelt een hoop onrust. En Lina’s moeder twijfelt nog.”",
      choices = {
        {
          text = "“Niet uitstellen. Het bestuur doet nu aangifte, zoals de wet vraagt. De bescherming van Lina en andere leerlingen gaat voor de musical.”",
          next = "lina_daarna", points = 2, actors = { "politie" },
          feedback = "Juist: bij een redelijk vermoeden doet het bestuur direct aangifte, ook als ouders twijfelen. Voorop staat dat herhaling wordt voorkomen.",
        },
        {
          text = "“Laat Lina en haar moeder kiezen of er aangifte komt. Het is hun verhaal.”",
          next = "lina_daarna", points = 0,
          feedback = "De aangifteplicht ligt bij het bestuur, niet bij de leerling of haar ouders. Zo hoeft Lina die last niet te dragen, en worden ook andere leerlingen beschermd.",
        },
        {
          text = "“Twee weken uitstel is begrijpelijk; Ruben is toch al op non-actief.”",
          next = "lina_daarna", points = 0,
          feedback = "De wet vraagt direct aangifte. Uitstel geeft ruimte om af te spreken, te wissen of andere leerlingen te benaderen, en Lina ziet dat de musical belangrijker is.",
        },
      },
    },
    {
      id = "lina_daarna", step = "gesprek", speaker = "lina",
      text = "De politie neemt de aangifte op en maakt een afspraak met Lina, bij zedenrechercheurs die getraind zijn in het horen van jongeren.\n\nIn de klas gaan geruchten rond. Iemand heeft op Instagram gezet dat ‘meneer Hoekstra weg is door een meisje uit 3 havo’. Lina zit in de pauze alleen.",
      choices = {
        {
          text = "Je vraagt Lina na elk gesprek met de politie wat ze heeft verteld, zodat jij het dossier van de school kunt bijhouden.",
          next = "team", points = -3,
          critical = { id = "verhoren" },
          feedback = "Het onderzoek is van de politie. Haar verhaal opnieuw uitvragen hoeft niet en mag niet: elke keer dat ze het opnieuw vertelt, kan dat haar verklaring bij de politie kleuren. Vraag hoe het met háár gaat, niet wat ze verteld heeft.",
        },
        {
          text = "Je spreekt met Lina en haar moeder af bij wie ze terecht kan, zorgt dat de mentor het gerucht in de klas stopt zonder iets te bevestigen, en houdt contact.",
          next = "team", points = 2,
          feedback = "Goed: de school blijft betrokken bij Lina, beschermt haar privacy en pakt de geruchten aan. Haar veiligheid op school is jouw zorg, het onderzoek niet.",
        },
        {
          text = "Je laat het verder aan de politie; de school heeft haar deel gedaan.",
          next = "team", points = 0, mistake = "kind_uit_beeld",
          feedback = "Lina zit elke dag op school, met de geruchten en de lege plek van de musical. Na de aangifte blijft de school verantwoordelijk voor haar welzijn.",
        },
      },
    },
    {
      id = "team", step = "beslissen", speaker = "sven",
      text = "In de personeelskamer wordt gefluisterd. “Ruben ziek? Er is toch iets met een leerling?”\n\nSven, mentor van 2 vwo, loopt met je mee naar de kopieerruimte. “Ik weet niet of het iets is,” zegt hij zacht. “Op het schoolreisje in juni zat Ruben ’s avonds lang alleen met een meisje uit mijn klas op de kamer. Ik vond het raar, maar ik heb er nooit iets mee gedaan.”",
      choices = {
        {
          text = "Je zegt Sven dat hij dit zelf vandaag nog aan het bestuur meldt, ook als hij twijfelt. Nu jij het weet, bel je Marian vandaag ook zelf. Over Lina zeg je niets.",
          next = "gemeld_bij_bestuur", points = 2, actors = { "bestuur" }, condition = { schade = { max = 0 } },
          feedback = "Goed: elke medewerker heeft de meldplicht, ook bij twijfel en ook als er al iets loopt, dus Sven meldt zelf. Maar nu jij het gehoord hebt, geldt die plicht ook voor jou: je zorgt dat het bestuur het vandaag hoort. Een tweede signaal kan voor het onderzoek van groot belang zijn.",
        },
        {
          text = "Je zegt Sven dat hij dit zelf vandaag nog aan het bestuur meldt, ook als hij twijfelt. Nu jij het weet, bel je Marian vandaag ook zelf. Over Lina zeg je niets.",
          next = "te_vroeg_gewaarschuwd", points = 2, actors = { "bestuur" }, condition = { schade = { min = 1 } },
          feedback = "Goed: elke medewerker heeft de meldplicht, ook bij twijfel en ook als er al iets loopt, dus Sven meldt zelf. Maar nu jij het gehoord hebt, geldt die plicht ook voor jou: je zorgt dat het bestuur het vandaag hoort. Een tweede signaal kan voor het onderzoek van groot belang zijn.",
        },
        {
          text = "Je zegt Sven dat hij dit zelf vandaag nog aan het bestuur moet melden, ook als hij twijfelt. Verder laat je het aan hem; het is zijn waarneming.",
          next = "blijft_liggen", points = -3,
          critical = { id = "personeel_niet_naar_bestuur" },
          feedback = "Dat Sven zelf moet melden, klopt. Maar nu weet jij het ook, en Sven heeft er sinds juni niets mee gedaan. De meldplicht is persoonlijk: een ander laten melden is net zomin genoeg als de rector inlichten. Je zorgt zelf dat het bestuur het vandaag hoort.",
        },
        {
          text = "“Het loopt nu toch al, bij het bestuur en de politie. Dan hoef jij niks meer te doen.”",
          next = "blijft_liggen", points = -3,
          critical = {
            id = "personeel_niet_naar_bestuur",
            explanation = "Elke medewerker die een vermoeden heeft van een zedenmisdrijf door een collega, moet dat zelf direct aan het bestuur melden, ook als er al een zaak loopt. Een collega daarvan afhouden is even ernstig als zelf zwijgen.",
          },
          feedback = "Sven heeft een eigen vermoeden, over een ander meisje. Hij moet dat zelf direct aan het bestuur melden; een lopende zaak ontslaat hem daar niet van.",
        },
        {
          text = "Je vertelt in de personeelskamer wat er speelt, zodat iedereen weet waar hij op moet letten.",
          next = "blijft_liggen", points = -1,
          feedback = "Zo wordt Lina het onderwerp van de personeelskamer, en Sven weet nog steeds niet dat hij zelf moet melden. Collega’s hoeven niet te weten om wie het gaat; ze moeten weten dat elk vermoeden direct naar het bestuur gaat.",
        },
      },
    },
  },

  endings = {
    {
      id = "gemeld_bij_bestuur",
      title = "Direct naar het bestuur",
      text = "De politie heeft de berichten van Lina’s telefoon veiliggesteld en hoort ook het meisje uit 2 vwo. Ruben keert niet terug op school. De musical gaat door, met een invalregisseur. Lina speelt haar solo. Na afloop zoekt ze je op in de foyer. “Ik dacht echt dat niemand me zou geloven.”",
      outcome = "buiten_meldcode",
      route = { "school", "bestuur", "vertrouwensinspecteur", "politie" },
      debrief = "Bij een vermoeden van een zedenmisdrijf door een medewerker tegen een minderjarige leerling geldt de Meldcode niet. Elke medewerker, ook de zorgcoördinator of een vertrouwenspersoon, moet het schoolbestuur direct informeren; de rector of een andere tussenpersoon inlichten is niet genoeg. Het bestuur overlegt meteen met de vertrouwensinspecteur. Is er een redelijk vermoeden van een strafbaar feit, dan licht het bestuur de collega en de ouders in en doet het aangifte, ook als de ouders dat niet willen. De politie onderzoekt; niet de school. Jouw taak: feiten vastleggen, luisteren zonder te verhoren, geen geheimhouding beloven, de collega niet confronteren, en daarna betrokken blijven bij de leerling. Twijfel je, dan kun je ook zelf de vertrouwensinspecteur om advies vragen, maar dat vervangt het informeren van het bestuur niet.",
    },
    {
      id = "te_vroeg_gewaarschuwd",
      title = "Gewaarschuwd voordat de politie kwam",
      text = "Toen de politie begon, wist Ruben al dagen dat er iets speelde. Zijn account was weg, zijn verhaal klaar. Het onderzoek loopt, maar het is moeilijker geworden. Lina hoorde hem op de gang zeggen dat ze zijn leven kapotmaakte. Ze komt minder vaak naar school.",
      outcome = "buiten_meldcode",
      route = { "school", "bestuur", "vertrouwensinspecteur", "politie" },
      debrief = "Wie een collega confronteert of het vermoeden eerst intern houdt, geeft hem tijd om berichten te wissen, zijn verhaal af te stemmen en de leerling onder druk te zetten. Daarom is de volgorde vast: je informeert direct zelf het schoolbestuur, zonder eerst de collega te horen. Het bestuur overlegt met de vertrouwensinspecteur en doet bij een redelijk vermoeden aangifte; hoor en wederhoor en het onderzoek zijn aan het bestuur en de politie. Ook als het zo gelopen is, blijft de school betrokken bij Lina: zorg dat ze op school veilig is en ergens terechtkan.",
    },
    {
      id = "blijft_liggen",
      title = "Een tweede signaal blijft liggen",
      text = "Sven meldt niets. In maart vertelt een meisje uit 2 vwo haar moeder wat er op schoolreis gebeurde. Haar moeder gaat naar de politie. De rechercheur vraagt het bestuur: “Wist iemand op school hier eerder van?” Sven kijkt naar de grond.",
      outcome = "buiten_meldcode",
      route = { "school", "bestuur", "vertrouwensinspecteur", "politie" },
      debrief = "De meldplicht geldt voor elke medewerker afzonderlijk, ook als er al een zaak loopt en ook bij twijfel. Sven had zijn eigen vermoeden direct aan het bestuur moeten melden; dan had het bestuur het met de vertrouwensinspecteur kunnen bespreken en aan de politie kunnen doorgeven. Wie zwijgt of een collega laat zwijgen, laat andere leerlingen onbeschermd. In een team helpt het om steeds hetzelfde te zeggen: bij een vermoeden tegen een collega ga je niet zelf onderzoeken, confronteer je niet en houd je het niet intern; je meldt het direct aan het bestuur.",
    },
  },
}
