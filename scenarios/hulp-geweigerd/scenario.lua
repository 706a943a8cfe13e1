-- Case: a nine-year-old from a family that arrived from Poland a year and a
-- half ago looks after her little brother on her own and has untreated
-- toothache; her parents, who both work long shifts, refuse the help of the
-- buurtteam. Teaches question 4 of the afwegingskader: help refused means a
-- report to Veilig Thuis, the parents are told beforehand (not asked), and
-- the school keeps following the children and hears back from Veilig Thuis
-- at two moments. Also: a professional interpreter, never the child.
return {
  format = 1,
  id = "hulp-geweigerd",
  title = "Hulp geweigerd",
  language = "nl",
  languages = { "nl" },
  audience = "Intern begeleiders, leerkrachten en directeuren in het basisonderwijs",
  summary = "Zofia (9) zorgt na school alleen voor haar broertje en loopt al weken met kiespijn. Haar ouders willen geen hulp. Jij bent intern begeleider en aandachtsfunctionaris.",
  school_type = "po",
  minutes = 16,
  version = "1.0",
  pass_mark = 0.7,
  start = "zorgen_joost",

  characters = {
    zofia = { name = "Zofia Nowak", role = "leerling groep 6, 9 jaar" },
    joost = { name = "Meester Joost", role = "leerkracht groep 6" },
    saskia = { name = "Saskia Veenstra", role = "gezinswerker, buurtteam" },
    tomasz = { name = "Tomasz Nowak", role = "vader van Zofia en Kuba" },
    agnieszka = { name = "Agnieszka Nowak", role = "moeder van Zofia en Kuba" },
    wouter = { name = "Wouter Jansen", role = "directeur" },
    consulent = { name = "Consulent van Veilig Thuis", role = "0800-2000" },
  },

  scenes = {
    {
      id = "zorgen_joost", step = "signalen", speaker = "joost",
      text = "Dinsdag 11 februari. Je bent intern begeleider en aandachtsfunctionaris van basisschool De Linde. Meester Joost van groep 6 komt na schooltijd je kamer binnen.\n\n‘Het gaat over Zofia Nowak. Dat kind wordt gewoon verwaarloosd. Die ouders werken zich kapot en kijken niet naar hun kinderen om.’\n\nZofia (9) kwam anderhalf jaar geleden met haar ouders en broertje Kuba (5, groep 2) uit Polen. Ze spreekt inmiddels goed Nederlands.\n\nWat doe je?",
      choices = {
        {
          text = "‘Veel nieuwkomers hebben het in het begin zwaar. Dat hoort erbij; laten we het even aanzien.’",
          next = "feiten", points = 0, actors = { "school" },
          feedback = "Waar een gezin vandaan komt, is geen verklaring en geen signaal. Kijk naar wat je bij dit kind ziet, precies zoals je dat bij elk ander kind zou doen.",
        },
        {
          text = "Ik help Joost zijn zorg om te zetten in feiten: wat zag hij, wanneer, wie zag het nog meer, en wat zei Zofia letterlijk?",
          next = "feiten", points = 2, actors = { "school" },
          feedback = "Goed: van een oordeel naar waarnemingen. Alleen met feiten kun je straks wegen en met de ouders in gesprek gaan.",
        },
        {
          text = "Ik noteer in het leerlingdossier wat Joost zegt: ‘Verwaarlozing door ouders.’",
          next = "feiten", points = 0, actors = { "school" }, mistake = "interpreteren",
          feedback = "Dat is een conclusie, en een zware. In het dossier horen waarnemingen met datum; ‘verwaarlozing’ kun je pas wegen als je weet wat er gezien is.",
        },
      },
    },
    {
      id = "feiten", step = "signalen", speaker = "joost",
      text = "Samen zet je op een rij wat Joost en anderen zagen:\n\n- sinds half januari drie maandagen afwezig; twee keer ziek gemeld door vader, één keer niet. Zofia: ‘Kuba was ziek en papa sliep, ik moest oppassen.’\n- drie keer geen lunch; twee keer in slaap gevallen in de klas\n- al twee weken kiespijn; vorige donderdag een dikke wang\n- een blaar op haar hand: ‘Van de pan. Ik maakte pasta voor Kuba.’\n- de conciërge zag Zofia en Kuba twee keer om half vijf nog op het plein, in de kou. Zofia: ‘Mama komt om half zes.’",
      next = "bespreken",
    },
    {
      id = "bespreken", step = "consultatie",
      text = "Meerdere signalen bij één kind, en bij haar broertje. Wat doe je met dit overzicht?",
      choices = {
        {
          text = "Na schooltijd fiets ik even langs hun flat, om te zien of de kinderen alleen thuis zijn.",
          next = "langsgefietst", points = -2,
          critical = { id = "verhoren" },
          feedback = "Zo ga je zelf op onderzoek uit. Controleren wat er thuis gebeurt, is niet de taak van de school; dat doet Veilig Thuis als dat nodig is.",
        },
        {
          text = "We wachten tot de rapportgesprekken in maart. Dan zien we de ouders toch.",
          next = "gewacht", points = 0,
          feedback = "Een kind van negen dat alleen voor een kind van vijf zorgt en al weken kiespijn heeft, kan niet tot maart wachten. Bij meerdere signalen overleg je nu.",
        },
        {
          text = "Ik breng het in het zorgoverleg met de directeur, en vraag Saskia Veenstra, de gezinswerker van het buurtteam, zonder namen mee te denken.",
          next = "advies_saskia", points = 3, actors = { "zorgteam", "buurtteam" },
          feedback = "Goed: je weegt niet alleen, en de gezinswerker kent de hulp in de wijk. Zonder namen overleggen kan altijd.",
        },
      },
    },
    {
      id = "langsgefietst", step = "consultatie", speaker = "zofia",
      text = "Je fietst om vier uur langs de flat. Achter het raam op de tweede verdieping zie je Zofia met Kuba op de bank. Ze ziet jou ook.\n\nDe volgende ochtend komt ze naar je toe. ‘Waarom was u bij ons huis?’ Je weet niet wat je moet zeggen. Diezelfde middag breng je het alsnog in het zorgoverleg, met Saskia Veenstra van het buurtteam erbij.",
      next = "advies_saskia",
    },
    {
      id = "gewacht", step = "consultatie",
      text = "Twee weken later belt de conciërge je om kwart over vijf. Kuba staat huilend bij het hek, zonder jas. Zofia zoekt hem op het plein. Je brengt het de volgende dag alsnog in het zorgoverleg, met Saskia Veenstra van het buurtteam erbij.",
      next = "advies_saskia",
    },
    {
      id = "advies_saskia", step = "consultatie", speaker = "saskia",
      text = "Saskia luistert. ‘Dit is zorgelijk: veel te veel verantwoordelijkheid voor een kind van negen, en een kleuter die na school alleen is. Maar ik hoor ouders die werken en het niet rond krijgen, niet ouders die hun kinderen iets willen aandoen. Hier kunnen wij bij helpen: opvang, de tandarts, het rooster. Dan moeten ze het wel willen.’\n\nJullie spreken af: eerst een kort gesprek met Zofia, dan met de ouders, en Saskia schuift aan als de ouders dat goed vinden.",
      next = "zofia",
    },
    {
      id = "zofia", step = "gesprek", speaker = "zofia",
      text = "Joost en jij praten even met Zofia in de bibliotheekhoek. Je vertelt wat jullie zien en vraagt hoe het gaat. Ze vertelt over Kuba, over de pasta, over de sleutel aan het koord om haar nek.\n\nDan kijkt ze je aan. ‘Niet tegen papa en mama zeggen dat ik het heb verteld. Dan krijgen ze problemen.’",
      choices = {
        {
          text = "‘Dat beloof ik. Wat je hier vertelt, blijft tussen ons.’",
          next = "uitnodigen", points = -3,
          critical = { id = "geheim_beloven" },
          feedback = "Je gaat met haar ouders praten; dat kan niet als je geheimhouding belooft. Zeg eerlijk wat je gaat doen, en neem haar zorg over haar ouders serieus.",
        },
        {
          text = "‘Dan lossen we het hier op school op, en zeggen we niks tegen je ouders.’",
          next = "uitnodigen", points = 0,
          feedback = "De school kan de zorg thuis niet oplossen zonder de ouders, en zo laat je Zofia met haar taak alleen. Eerlijk zijn over het gesprek met haar ouders helpt haar meer.",
        },
        {
          text = "‘Je hebt niets verkeerd gedaan. We gaan met papa en mama praten, omdat we willen helpen. We zeggen wat wíj hebben gezien, en ik vertel je eerst wanneer.’",
          next = "uitnodigen", points = 3,
          feedback = "Goed: geen geheimhouding, wel eerlijkheid, en je neemt haar angst weg dat zij haar ouders in de problemen brengt. Jullie eigen waarnemingen zijn genoeg voor het gesprek.",
        },
      },
    },
    {
      id = "uitnodigen", step = "gesprek",
      text = "Je nodigt de ouders uit. Tomasz Nowak spreekt een beetje Engels, Agnieszka Nowak alleen Pools. Hoe regel je het gesprek?",
      choices = {
        {
          text = "Zofia tolkt. Haar Nederlands is goed en dan hoeft er geen vreemde bij.",
          next = "zofia_tolkt", points = -3,
          critical = {
            id = "kind_als_tolk",
            explanation = "Laat nooit een kind tolken in een gesprek over zorgen over dat kind of het gezin. Het kind komt klem te zitten tussen school en ouders, en niemand weet wat er echt gezegd is. Regel een professionele tolk.",
          },
          feedback = "Zofia moet dan zelf vertalen wat de school zich over haar en haar ouders zorgen maakt. Dat is een onmogelijke taak voor een kind van negen.",
        },
        {
          text = "Ik regel een professionele tolk Pools, en vraag de ouders of Saskia van het buurtteam erbij mag zijn.",
          next = "gesprek_ouders", points = 3,
          feedback = "Goed: een professionele tolk zorgt dat beide ouders alles begrijpen en zelf gehoord worden. En de ouders beslissen zelf of de gezinswerker aanschuift.",
        },
        {
          text = "Vader spreekt wat Engels, en voor de rest gebruiken we een vertaalapp.",
          next = "vertaalapp", points = 1,
          feedback = "Moeder blijft zo buiten het gesprek, en een app vertaalt zorgen slecht. Voor een gesprek als dit heb je een professionele tolk nodig.",
        },
      },
    },
    {
      id = "zofia_tolkt", step = "gesprek", speaker = "zofia",
      text = "Zofia vertaalt. Als Joost de kiespijn noemt, vertaalt ze het niet. Als hij over de blaar op haar hand begint, zegt ze iets korts in het Pools en kijkt naar de grond. Haar vader antwoordt scherp; haar moeder kijkt naar Zofia, niet naar jullie.\n\nNa tien minuten stopt Joost het gesprek. Je plant een nieuw gesprek, met een professionele tolk en met Saskia erbij.",
      next = "gesprek_ouders",
    },
    {
      id = "vertaalapp", step = "gesprek",
      text = "De app vertaalt ‘we maken ons zorgen’ als iets wat vader hardop herhaalt en niet begrijpt. Moeder zegt niets. Halverwege loopt het vast. Je plant een nieuw gesprek, met een professionele tolk en met Saskia erbij.",
      next = "gesprek_ouders",
    },
    {
      id = "gesprek_ouders", step = "gesprek", speaker = "tomasz",
      text = "Donderdagmiddag. Tomasz en Agnieszka, de tolk, Saskia, Joost en jij. Je vertelt wat de school heeft gezien, met data.\n\nTomasz luistert met zijn armen over elkaar. ‘Toen ik negen was, paste ik ook op mijn broertjes. Zofia is verstandig.’ Agnieszka kijkt naar de tafel.\n\nWat zeg je?",
      choices = {
        {
          text = "‘Zofia ís verstandig. Juist daarom zien we het: Kuba om half vijf nog op het plein in de kou, weken kiespijn, een blaar van de pan. Wat hebben jullie nodig?’",
          next = "aanbod", points = 3,
          feedback = "Goed: je erkent de vader, blijft bij de feiten over deze kinderen en vraagt wat zij nodig hebben. Zo kan het gesprek over hulp gaan, niet over schuld.",
        },
        {
          text = "‘Als dit zo doorgaat, moeten we Veilig Thuis inschakelen.’",
          next = "aanbod", points = 0,
          feedback = "Een melding als dreigement maakt van hulp een straf. De ouders horen dan alleen de dreiging, en de kans dat ze hulp aanvaarden wordt kleiner.",
        },
        {
          text = "‘In Nederland is het niet normaal dat een kind van negen alleen op een kleuter past.’",
          next = "aanbod", points = 0,
          feedback = "Het gaat niet om wat waar normaal is, maar om de veiligheid van Zofia en Kuba. Wie het verschil tussen landen benoemt, zet ouders in de verdediging.",
        },
      },
    },
    {
      id = "aanbod", step = "gesprek", speaker = "tomasz",
      text = "Saskia legt uit wat het buurtteam kan doen: samen opvang na school regelen, met toeslag, een tandarts zoeken, het rooster bekijken. Gratis en vrijwillig, los van werkgever en huisbaas.\n\nAgnieszka begint te huilen. ‘Ik wil niet dat ze alleen zijn.’\n\nTomasz staat op. ‘Nee. Geen instanties. Ons huis is via het uitzendbureau. Als er problemen zijn, zijn we alles kwijt. Wij lossen het zelf op.’ Hij legt een hand op de schouder van zijn vrouw. Ze gaan.",
      next = "na_gesprek",
    },
    {
      id = "na_gesprek", step = "wegen", speaker = "saskia",
      text = "Saskia, Joost en jij blijven achter. ‘Zonder hun instemming kan ik niets,’ zegt Saskia. Je pakt het afwegingskader erbij.\n\nHoe weeg je het?",
      choices = {
        {
          text = "Vermoeden: ja. Acuut of structureel onveilig: nee. Hulp is mogelijk, maar de ouders aanvaarden die niet (vraag 4). Dan rest een melding bij Veilig Thuis.",
          next = "informeren", points = 3,
          feedback = "Goed gewogen: er is geen direct gevaar, en met hulp was dit op te lossen geweest. Maar zonder instemming kan het buurtteam niet helpen, en dan is melden de enige weg.",
        },
        {
          text = "Ze willen geen hulp, dan houdt het voor de school op. We leggen het gesprek vast en sluiten het dossier.",
          next = "gesloten", points = 0, mistake = "kind_uit_beeld",
          feedback = "Als ouders hulp weigeren, blijft de zorg om de kinderen bestaan. Het afwegingskader is dan duidelijk: hulp niet aanvaard, dus melden.",
        },
        {
          text = "Ze willen het zelf oplossen. We geven ze twee weken en kijken dan of het beter gaat.",
          next = "twee_weken", points = 1,
          feedback = "Een vaag ‘wij lossen het zelf op’ is geen hulp. Met hun werktijden kunnen ze het niet zelf regelen, en dat weten ze. Het afwegingskader vraagt of ze de hulp aanvaarden; het antwoord is nee.",
        },
      },
    },
    {
      id = "twee_weken", step = "wegen", speaker = "joost",
      text = "Twee weken later. Zofia is maandag weer afwezig; niemand heeft haar ziek gemeld. Kuba komt dinsdag met een pleister op zijn voorhoofd. ‘Van de bank gevallen,’ zegt Zofia. ‘Ik was aan het koken.’\n\nJoost kijkt je aan. ‘Ze lossen het niet op.’ Je besluit te melden.",
      next = "informeren",
    },
    {
      id = "informeren", step = "beslissen", speaker = "wouter",
      text = "Wouter Jansen, de directeur, is het met je eens: de school meldt bij Veilig Thuis. ‘En de ouders?’ vraagt hij.",
      choices = {
        {
          text = "We melden anoniem. Dan blijft de relatie met de ouders goed.",
          next = "anoniem_vt", points = 1, actors = { "veilig_thuis" }, mistake = "anoniem_zonder_reden",
          feedback = "Niemand loopt gevaar als de ouders weten dat de school meldt. Anoniem melden zonder reden maakt de samenwerking moeilijker, en ouders raden vaak toch wie het was.",
        },
        {
          text = "We vragen de ouders eerst of ze het goed vinden dat we melden.",
          next = "nee_gezegd", points = 0, mistake = "toestemming_vragen_melden",
          feedback = "Je informeert ouders vooraf, maar je vraagt geen toestemming; de school mag Veilig Thuis ook zonder toestemming informeren. Een vraag waarop ‘nee’ niet telt, schaadt het vertrouwen.",
        },
        {
          text = "Ik nodig de ouders opnieuw uit, met de tolk, en vertel dat de school meldt, waarom, en wat Veilig Thuis daarna doet. Ik vraag geen toestemming.",
          next = "angst", points = 3, actors = { "veilig_thuis" },
          feedback = "Goed: open melden en de ouders vooraf informeren, tenzij de veiligheid dat verbiedt, en dat is hier niet zo. Met de tolk erbij begrijpen ze wat er gebeurt.",
        },
      },
    },
    {
      id = "angst", step = "gesprek", speaker = "agnieszka",
      text = "Met de tolk erbij vertel je het. Tomasz wordt rood. ‘Jullie verraden ons.’ Agnieszka pakt de hand van de tolk, alsof ze houvast zoekt. ‘Nemen ze de kinderen van ons af?’\n\nWat zeg je?",
      choices = {
        {
          text = "‘Dat hangt helemaal van jullie af.’",
          next = "melding_inhoud", points = 0,
          feedback = "Dat klinkt als een dreigement en bevestigt haar grootste angst. Wees eerlijk over wat Veilig Thuis doet, zonder te dreigen.",
        },
        {
          text = "‘Veilig Thuis gaat over veiligheid en hulp. Meestal krijgen gezinnen hulp thuis. Wij blijven de school van Zofia en Kuba, en we blijven met u praten.’",
          next = "melding_inhoud", points = 3,
          feedback = "Goed: eerlijk, zonder te beloven wat je niet kunt beloven. Je neemt haar angst serieus en laat zien dat de school niet verdwijnt.",
        },
        {
          text = "‘Nee hoor, er gebeurt niks. Het is maar een formaliteit.’",
          next = "melding_inhoud", points = 0,
          feedback = "Een melding is geen formaliteit: Veilig Thuis gaat de veiligheid beoordelen en misschien onderzoek doen. Wie nu gerustgesteld wordt, voelt zich straks bedrogen.",
        },
      },
    },
    {
      id = "anoniem_vt", step = "beslissen", speaker = "consulent",
      text = "Je belt Veilig Thuis. De consulent vraagt waarom je anoniem wilt melden. ‘Loopt iemand gevaar als de ouders weten dat het van school komt? Wij weten dan wie u bent, maar het gezin niet. En het gezin merkt vaak toch dat de zorgen van school komen.’",
      choices = {
        {
          text = "‘Nee, eigenlijk niet. We melden open, en ik vertel de ouders vooraf dat we dat doen.’",
          next = "angst", points = 2, actors = { "veilig_thuis" },
          feedback = "Goed dat je bijstuurt. Er was geen reden voor anonimiteit; open melden met de ouders vooraf geïnformeerd is hier de juiste weg.",
        },
        {
          text = "‘We willen de relatie met de ouders niet beschadigen. We houden het anoniem.’",
          next = "einde_anoniem", points = 0, mistake = "anoniem_zonder_reden",
          feedback = "De relatie beschermen is alleen een reden als een open melding die echt zou breken en dat de kinderen schaadt. Hier heeft de school de zorgen al open met de ouders besproken.",
        },
      },
    },
    {
      id = "nee_gezegd", step = "beslissen", speaker = "wouter",
      text = "Via de tolk zegt Tomasz: ‘Nee. Natuurlijk niet.’ Na het gesprek zegt Wouter: ‘Tja. Als de ouders geen toestemming geven, kunnen we niet melden, toch?’",
      choices = {
        {
          text = "‘Dan houdt het op. We hebben het geprobeerd.’",
          next = "gesloten", points = 0, mistake = "kind_uit_beeld",
          feedback = "Toestemming is niet nodig om te melden. Wie hier stopt, laat Zofia en Kuba alleen met de situatie die je zorgen baarde.",
        },
        {
          text = "‘Toestemming is niet nodig: de school mag Veilig Thuis ook zonder toestemming informeren. We melden, en we vertellen de ouders dat we dat doen.’",
          next = "melding_inhoud", points = 2, actors = { "veilig_thuis" },
          feedback = "Goed dat je het rechtzet. De school mag zonder toestemming melden; de ouders informeer je vooraf, maar je vraagt ze niets.",
        },
      },
    },
    {
      id = "melding_inhoud", step = "beslissen",
      text = "Je belt Veilig Thuis om te melden. De consulent vraagt wat de school weet en wat de school al heeft gedaan. Wat vertel je?",
      choices = {
        {
          text = "Vooral dat de ouders niet willen meewerken. De rest staat in het dossier.",
          next = "eerste_terugkoppeling", points = 0,
          feedback = "Met alleen ‘ze werken niet mee’ kan Veilig Thuis weinig. Veilig Thuis moet weten wat er met de kinderen is, wat de school heeft geprobeerd en wat de ouders tegenhoudt.",
        },
        {
          text = "Vraag Veilig Thuis om de ouders te dwingen hulp te aanvaarden. Anders stapt de school zelf naar de Raad voor de Kinderbescherming.",
          next = "eerste_terugkoppeling", points = 0, mistake = "zelf_naar_raad",
          feedback = "De school gaat niet zelf naar de Raad; dat doen Veilig Thuis of het SAVE-team als het nodig is. Een melding is ook geen opdracht om te dwingen, maar een vraag om de veiligheid te beoordelen.",
        },
        {
          text = "Feiten met data, de gesprekken, het geweigerde aanbod en hun angst voor werk en huis, dat een tolk Pools nodig is, en dat Kuba hier ook op school zit.",
          next = "eerste_terugkoppeling", points = 3, actors = { "veilig_thuis" },
          feedback = "Goed: Veilig Thuis weet nu wat er speelt, wat al geprobeerd is, waar de weerstand zit en hoe het de ouders kan bereiken. En het weet dat er twee kinderen zijn.",
        },
      },
    },
    {
      id = "eerste_terugkoppeling", step = "beslissen", speaker = "consulent",
      text = "Vier werkdagen later belt Veilig Thuis: de veiligheidsbeoordeling is klaar. Geen acute onveiligheid, maar Veilig Thuis gaat zelf onderzoek doen. Ze spreken de ouders, met een tolk, en zien de kinderen. ‘Wilt u ons laten weten als u iets nieuws ziet?’\n\nDe volgende ochtend blijft Zofia bij je deur staan. ‘Papa zegt dat school ons heeft verraden.’",
      choices = {
        {
          text = "‘Daar mag ik niet over praten.’",
          next = "volgen", points = 1,
          feedback = "Je hoeft geen details te delen, maar zo blijft Zofia alleen met wat ze thuis hoort. Erken wat ze voelt en leg in gewone woorden uit wat de school deed.",
        },
        {
          text = "‘Je hoeft niet naar papa te luisteren. Wij weten wat goed voor je is.’",
          next = "volgen", points = 0,
          feedback = "Zo zet je Zofia klem tussen school en haar ouders. Ze houdt van haar vader; help haar door uit te leggen, niet door partij te kiezen.",
        },
        {
          text = "‘Ik snap dat dat naar voelt. We vroegen hulp omdat we willen dat het goed gaat met jou en Kuba. Jij deed niets verkeerd. Je mag altijd bij mij komen.’",
          next = "volgen", points = 3,
          feedback = "Goed: je erkent haar gevoel, legt uit zonder haar ouders af te vallen, en haalt de schuld bij haar weg.",
        },
      },
    },
    {
      id = "volgen", step = "beslissen", speaker = "joost",
      text = "Het onderzoek van Veilig Thuis loopt. Joost vraagt: ‘Wat doen wij intussen?’",
      choices = {
        {
          text = "Joost legt nieuwe signalen feitelijk vast, ik geef ze door aan Veilig Thuis, ik blijf het aanspreekpunt, en we schuiven aan als Veilig Thuis een overleg plant.",
          next = "einde_gemeld", points = 3,
          feedback = "Goed: de school blijft betrokken. Jullie zien de kinderen elke dag, en Veilig Thuis heeft die waarnemingen nodig voor het onderzoek.",
        },
        {
          text = "Ik vraag Zofia elke ochtend of ze gisteren alleen thuis was.",
          next = "einde_gemeld", points = 0,
          feedback = "Zo maak je Zofia de informant over haar eigen ouders. Volg haar door te kijken en te luisteren, niet door haar dagelijks te ondervragen.",
        },
        {
          text = "Niets. Veilig Thuis heeft het nu, en we willen de ouders niet nog bozer maken.",
          next = "einde_gemeld", points = 0, mistake = "kind_uit_beeld",
          feedback = "Na een melding blijft de school betrokken. Juist tijdens het onderzoek zijn jullie waarnemingen nodig.",
        },
      },
    },
    {
      id = "gesloten", step = "beslissen",
      text = "Het dossier gaat dicht. Zofia is vaker afwezig; ze zegt dat Kuba ziek was.\n\nDrie weken later, op een koude avond in maart, belt een buurvrouw de politie. Kuba staat om zes uur huilend op de galerij, in zijn T-shirt. De deur zat in het slot; Zofia was met de sleutel naar de supermarkt. De politie meldt het bij Veilig Thuis.\n\nDe volgende ochtend belt Veilig Thuis de school. ‘Kenden jullie dit gezin al?’",
      choices = {
        {
          text = "Ik vertel alles: de signalen met data, het gesprek, het aanbod van het buurtteam en de weigering, en dat we het dossier hebben gesloten.",
          next = "einde_politie", points = 3, actors = { "veilig_thuis" },
          feedback = "Goed dat je nu open bent: Veilig Thuis heeft jullie informatie nodig. Maar deze informatie had er drie weken eerder kunnen zijn, via een melding van de school.",
        },
        {
          text = "‘We hadden het goed in beeld. De ouders wilden geen hulp, daar konden wij niets aan doen.’",
          next = "einde_politie", points = 0,
          feedback = "Wie geen hulp wil, kan de school niet dwingen, maar de school kan wel melden. Dat was hier de enige weg, en die bleef ongebruikt.",
        },
      },
    },
  },

  endings = {
    {
      id = "einde_gemeld",
      title = "Hulp geweigerd, gemeld, en betrokken gebleven",
      text = "Acht weken later krijgt de school een brief van Veilig Thuis: het onderzoek is afgerond. De ouders hebben na gesprekken met Veilig Thuis en een tolk alsnog ingestemd met hulp. Saskia van het buurtteam regelt met hen de opvang na school en een tandarts; Veilig Thuis draagt over aan het buurtteam.\n\nIn april staat Agnieszka om kwart over drie bij het hek. Kuba rent naar haar toe. Zofia loopt met een vriendinnetje naar de opvang.",
      outcome = "melden_hulp_geweigerd",
      route = { "school", "zorgteam", "buurtteam", "veilig_thuis" },
      debrief = "Er was een vermoeden, maar geen acute of structurele onveiligheid: met hulp van het buurtteam was dit op te lossen. De ouders weigerden die hulp, en zonder instemming kan het buurtteam niets. Dan is een melding bij Veilig Thuis de enige weg (vraag 4). De school informeerde de ouders vooraf, met een tolk, en vroeg geen toestemming. Veilig Thuis maakte binnen vijf werkdagen een veiligheidsbeoordeling en belde de school (eerste terugkoppeling), deed onderzoek en liet de school weten wat eruit kwam (tweede terugkoppeling). Daarna leidde Veilig Thuis door naar het buurtteam; was vrijwillige hulp niet genoeg geweest, dan naar het SAVE-team, dat zo nodig de Raad voor de Kinderbescherming inschakelt. De school blijft Zofia en Kuba volgen en schuift aan bij het overleg over de hulp.",
      history = "Het artikel uit 2015 zei het al: als betrokkenen van niemand bemoeienis willen, kan het buurtteam geen hulp bieden en is een melding bij Veilig Thuis de enige weg. Sinds 2019 staat dat als vraag 4 in het afwegingskader: aanvaarden de betrokkenen de hulp? Nee: melden.",
    },
    {
      id = "einde_politie",
      title = "Via de politie",
      text = "Veilig Thuis onderzoekt het gezin na de melding van de politie. De ouders krijgen hulp, maar pas nadat Kuba een avond in de kou op de galerij heeft gestaan.\n\nJoost zegt die week weinig. Op vrijdag zegt hij: ‘We wisten het in februari al.’",
      outcome = "melden_hulp_geweigerd",
      route = { "school", "zorgteam", "buurtteam", "veilig_thuis" },
      debrief = "De meeste meldingen bij Veilig Thuis komen via de politie, vaak pas als het misgaat. De school wist het eerder. Toen de ouders de hulp van het buurtteam weigerden, was een melding bij Veilig Thuis de enige weg (vraag 4 van het afwegingskader). Toestemming is daarvoor niet nodig; de ouders informeer je vooraf, met een tolk. Veilig Thuis maakt binnen vijf werkdagen een veiligheidsbeoordeling, doet onderzoek, en leidt door naar het buurtteam of het SAVE-team; de school hoort het na de beoordeling en na het onderzoek. Ook nu blijft de school betrokken: ze volgt Zofia en Kuba en deelt wat ze ziet met Veilig Thuis.",
    },
    {
      id = "einde_anoniem",
      title = "Anoniem gemeld",
      text = "Veilig Thuis neemt de melding aan en gaat met de ouders praten, met een tolk. Tomasz begrijpt meteen waar het vandaan komt. Vanaf dat moment haalt hij de kinderen zelf op, zonder iemand aan te kijken. Tegen Veilig Thuis zegt hij: ‘De school heeft ons voorgelogen.’\n\nHet kost Veilig Thuis weken om het vertrouwen te winnen dat de school al had.",
      outcome = "melden_hulp_geweigerd",
      route = { "school", "zorgteam", "buurtteam", "veilig_thuis" },
      debrief = "De ouders weigerden hulp, en melden was dus juist (vraag 4). Maar anoniem melden doe je alleen als er een reden is: als de veiligheid van het kind, het gezin, jezelf of collega’s in gevaar komt, of als je vertrouwensrelatie echt zou breken. Die reden was er niet: de school had de zorgen al open besproken. Meld open en informeer de ouders vooraf, zonder toestemming te vragen. Veilig Thuis maakt binnen vijf werkdagen een veiligheidsbeoordeling, doet onderzoek of leidt door naar het buurtteam of het SAVE-team, en informeert de school na de beoordeling en na het onderzoek. De school blijft betrokken en houdt de deur naar de ouders open.",
    },
  },
}
