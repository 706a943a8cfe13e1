-- Case: a gym teacher sees welts on a pupil whose father has threatened her.
-- Teaches "open, tenzij": report openly unless the safety of child, family,
-- yourself or colleagues is at stake, then discuss anonymity with Veilig
-- Thuis (it knows who reports, the family does not); and that parents are
-- told beforehand only when that endangers no one.
return {
  format = 1,
  id = "anoniem-melden",
  title = "Anoniem melden",
  language = "nl",
  languages = { "nl" },
  audience = "Vakleerkrachten, leerkrachten en intern begeleiders in het basisonderwijs",
  summary = "Bij de gymles zie je striemen op de rug van Levi (10). Zijn vader heeft jou eerder bedreigd: “Ik weet waar je woont.” Hoe meld je, als je bang bent voor je eigen veiligheid?",
  school_type = "po",
  minutes = 15,
  version = "1.0",
  pass_mark = 0.7,
  start = "begin",

  characters = {
    levi = { name = "Levi Brouwer", role = "leerling groep 6, 10 jaar" },
    rick = { name = "Rick Brouwer", role = "vader van Levi" },
    fatima = { name = "Fatima El Amrani", role = "intern begeleider en aandachtsfunctionaris" },
    daan = { name = "Meester Daan", role = "leerkracht groep 6" },
    karin = { name = "Karin Smit", role = "directeur" },
  },

  scenes = {
    {
      id = "begin", step = "signalen",
      text = "Je bent vakleerkracht bewegingsonderwijs op basisschool De Wissel in Utrecht. Je woont zelf ook in de wijk.\n\nIn oktober belde je de vader van Levi Brouwer (10), omdat Levi steeds zijn gymspullen vergat en nauwelijks meedeed. De volgende ochtend stond Rick Brouwer in de gymzaal, vlak voor je gezicht: “Jij belt mij niet meer over mijn zoon. Ik weet waar je woont. Ik zie je zaterdag op de club.” Directeur Karin Smit heeft het voorval vastgelegd.\n\nVrijdag 26 januari, ringen. Levi zwaait hoog; zijn shirt schuift omhoog. Op zijn onderrug zie je drie lange, smalle striemen, rood-paars, en daaronder twee oudere, geelgroene. Hij trekt zijn shirt meteen naar beneden.",
      next = "vastleggen",
    },
    {
      id = "vastleggen", step = "signalen", speaker = "levi",
      text = "In de kleedkamer kleedt Levi zich om in het toilethokje. Als je voorzichtig vraagt wat er met zijn rug is, kijkt hij naar de grond.\n\n“Van de trap gevallen.”\n\nDe klas gaat terug naar het lokaal. Wat doe je?",
      choices = {
        {
          text = "Je schrijft op: “Levi wordt thuis met een riem geslagen. Vader is agressief, zie oktober.”",
          next = "ernst", points = 0, actors = { "school" }, mistake = "interpreteren",
          feedback = "Een riem en een dader heb je niet gezien. Wat je wel zag, kun je precies beschrijven: plaats, vorm, kleur, aantal, en wat Levi zei. Het voorval in oktober staat apart vastgelegd.",
        },
        {
          text = "Je loopt naar de kleedkamer terug en vraagt Levi zijn shirt nog even op te tillen, zodat je een foto kunt maken, voor het geval dat.",
          next = "ernst", points = -2, actors = { "school" },
          critical = { id = "verhoren" },
          feedback = "Een foto van het lichaam van een kind is bewijs verzamelen, en dat is niet aan jou. Het schaadt Levi’s vertrouwen en zijn privacy. Beschrijf wat je zag; vaststellen is aan Veilig Thuis, de Raad voor de Kinderbescherming en de politie.",
        },
        {
          text = "Je noteert na de les: datum, tijd, plek op zijn rug, aantal striemen, vorm, kleur, dat hij zich in het hokje omkleedde, en letterlijk: “Van de trap gevallen.”",
          next = "ernst", points = 2, actors = { "school" },
          feedback = "Goed: feiten, gedateerd, en Levi’s eigen woorden. Precies genoeg om met de aandachtsfunctionaris en Veilig Thuis te wegen, zonder dat je eigen uitleg erdoorheen loopt.",
        },
      },
    },
    {
      id = "ernst", step = "signalen",
      text = "Het is vrijdag, half drie. Je volgende gymles met groep 6 is woensdag. Je denkt aan de trap, en aan oktober.",
      choices = {
        {
          text = "Woensdag let ik goed op. Zie ik dan nieuwe plekken, dan weet ik het zeker.",
          next = "fatima", points = 0, mistake = "wachten_tweede_signaal",
          feedback = "Striemen van verschillende ouderdom zijn een ernstig zorgwekkend signaal. Daarbij wacht je niet op een tweede: je doorloopt de stappen direct en vraagt advies.",
        },
        {
          text = "Dit is een ernstig signaal: ik wacht niet. Ik ga vandaag nog naar Fatima El Amrani, de intern begeleider.",
          next = "fatima", points = 2, actors = { "zorgteam" },
          feedback = "Goed: bij één ernstig zorgwekkend signaal doorloop je de stappen meteen, en je doet het niet alleen.",
        },
        {
          text = "Kinderen vallen nu eenmaal. Ik laat het rusten.",
          next = "fatima", points = 0,
          feedback = "Striemen van verschillende ouderdom, een kind dat zich verstopt bij het omkleden: dat past niet bij één val van de trap. Niet alles is mishandeling, maar dit vraagt om de stappen.",
        },
      },
    },
    {
      id = "fatima", step = "consultatie", speaker = "fatima",
      text = "Fatima leest je aantekeningen en is even stil.\n\n“Dit is lichamelijk letsel, en niet voor het eerst, zo te zien. Ik wil Veilig Thuis om advies vragen. En ik wil Daan erbij, hij kent Levi het best.”\n\nJe voelt je maag samentrekken. Je ziet Rick Brouwer weer voor je staan. “Als dit uitkomt, weet hij dat het van mij komt.”",
      choices = {
        {
          text = "Je vraagt Fatima het te laten rusten. Je wilt geen problemen met Rick, en het is niet jouw klas.",
          next = "fatima_zet_door", points = 0,
          feedback = "Je angst is echt, en die mag je uitspreken. Maar daarvoor bestaan juist afspraken over anoniem melden. Levi’s veiligheid stop je niet weg omdat het spannend is.",
        },
        {
          text = "Jullie doen samen een adviesvraag bij Veilig Thuis, zonder namen: het letsel, Levi’s uitleg, én de bedreiging door vader. Je zegt eerlijk dat je bang bent.",
          next = "na_advies", points = 2, actors = { "veilig_thuis" },
          feedback = "Goed: bij lichamelijk letsel is de expertise van Veilig Thuis nodig, en een adviesvraag kan zonder gegevens van het gezin. Door je angst te noemen, kan Veilig Thuis daar meteen in meedenken.",
        },
        {
          text = "Je stelt voor dat Daan woensdag bij de gymles meekijkt naar Levi’s rug, zodat jullie het met zijn tweeën zeker weten.",
          next = "daan_kijkt", points = 0,
          feedback = "Zo ga je samen bewijs verzamelen, en dat is niet aan de school. Zeker weten hoeft niet: een redelijk vermoeden is genoeg om advies te vragen.",
        },
      },
    },
    {
      id = "fatima_zet_door", step = "consultatie", speaker = "fatima",
      text = "Fatima schudt haar hoofd. “Ik snap dat je bang bent. Juist daarom doen we dit samen, en juist daarom bel ik Veilig Thuis. Jouw veiligheid is een reden om na te denken over hoe we melden, niet over óf we iets doen.”\n\nZe pakt de telefoon.",
      next = "na_advies",
    },
    {
      id = "daan_kijkt", step = "consultatie", speaker = "fatima",
      text = "“Nee,” zegt Fatima. “We gaan Levi niet inspecteren. Wat jij zag, is genoeg om advies te vragen.” Ze pakt de telefoon en belt Veilig Thuis.",
      next = "na_advies",
    },
    {
      id = "na_advies", step = "gesprek", speaker = "daan",
      text = "Daan vertelt dat Levi sinds de herfst altijd lange mouwen draagt, ook in de warme klas, en in november een blauwe plek op zijn wang had: “voetbal”.\n\nDe medewerker van Veilig Thuis adviseert: praat snel en rustig met Levi, met open vragen; vertel vader nog niets, gezien de bedreiging; bel daarna terug.\n\nMaandagochtend, voor schooltijd, vraag je Levi of hij je in de gymzaal wil helpen de ballen op te ruimen. Fatima zit in de materialenberging erachter, de deur staat open.",
      choices = {
        {
          text = "“Levi, heeft papa je met een riem geslagen? Je mag het gewoon zeggen, hoor.”",
          next = "levi_vraagt", points = 0,
          feedback = "Een sturende vraag: de riem en de dader zitten er al in. Een kind kan dan ‘ja’ of ‘nee’ zeggen om jou te pleasen. Begin bij wat je zelf zag, en laat Levi zijn eigen woorden kiezen.",
        },
        {
          text = "Je vraagt hoe vaak het gebeurt, sinds wanneer, waarmee, en of mama erbij is.",
          next = "levi_vraagt", points = -1,
          critical = { id = "verhoren" },
          feedback = "Dat is een verhoor. Die vragen zijn voor Veilig Thuis of de politie, die daarvoor getraind zijn. Te veel vragen kunnen een kind dichtklappen en een later onderzoek beschadigen.",
        },
        {
          text = "“Ik zag vrijdag plekken op je rug. Daar schrok ik van, en ik maak me zorgen om je. Hoe gaat het met je?”",
          next = "levi_vraagt", points = 2,
          feedback = "Goed: je benoemt wat je zelf zag, zegt wat het met je doet en stelt één open vraag. Levi houdt de ruimte om te vertellen, of niet.",
        },
      },
    },
    {
      id = "levi_vraagt", step = "gesprek", speaker = "levi",
      text = "Levi draait een bal rond in zijn handen.\n\n“Als ik slecht speel bij voetbal, wordt papa heel boos. Dan, thuis…” Hij stopt.\n\nDan kijkt hij je aan, opeens bang. “Je mag niet tegen papa zeggen dat ik iets heb gezegd. Dan wordt het erger.”",
      choices = {
        {
          text = "“Dat kan ik niet beloven, want ik wil dat jij veilig bent. Ik praat met juf Fatima en met mensen die kinderen helpen. We doen het voorzichtig.”",
          next = "thuis_veilig", points = 2,
          feedback = "Goed: je belooft geen geheim, maar je neemt zijn angst serieus en zegt wat je gaat doen. Dat papa het niet van jou hoort, is precies waar de school met Veilig Thuis over gaat praten.",
        },
        {
          text = "“Ik beloof je dat niemand het te weten komt.”",
          next = "thuis_veilig", points = -2,
          critical = { id = "geheim_beloven" },
          feedback = "Die belofte kun je niet houden: om Levi te beschermen moeten anderen het weten. Je kunt wel beloven dat je zorgvuldig bent en hem vertelt wat er gebeurt.",
        },
        {
          text = "“Dan ga ik zelf met je vader praten. Zo kan het niet.”",
          next = "thuis_veilig", points = -1,
          feedback = "Levi vertelt je net dat het erger wordt als vader het hoort. Een gesprek met vader zou hem in gevaar brengen, en jou ook. Dat beslis je niet alleen en niet nu.",
        },
      },
    },
    {
      id = "thuis_veilig", step = "wegen", speaker = "levi",
      text = "Je vraagt Levi of hij bang is om vandaag naar huis te gaan. Hij schudt zijn hoofd. “Papa is tot zondag op een klus in Duitsland.”\n\nNa schooltijd zitten Fatima, Daan en jij bij elkaar. Fatima heeft Veilig Thuis teruggebeld en alles genoteerd.",
      next = "wegen",
    },
    {
      id = "wegen", step = "wegen", speaker = "fatima",
      text = "“Laten we het afwegingskader doorlopen,” zegt Fatima. “Er is een vermoeden, dat is duidelijk. Is er acute of structurele onveiligheid?”",
      choices = {
        {
          text = "Geen harde bewijzen: Levi zegt ‘de trap’ en maakt zijn zin niet af. Dan kunnen we niets.",
          next = "ouders", points = 0,
          feedback = "Bewijs is niet nodig en niet jouw taak. Striemen van verschillende ouderdom, lange mouwen, een kind dat bang is dat het ‘erger wordt’: dat is een gegrond vermoeden.",
        },
        {
          text = "Acuut: we bellen vandaag 112.",
          next = "ouders", points = 1,
          feedback = "Je neemt het letsel terecht zwaar. Maar vader is tot zondag weg en Levi is niet bang om naar huis te gaan; 112 is voor direct levensgevaar. Twijfel je, overleg dan met Veilig Thuis.",
        },
        {
          text = "Structureel: letsel van verschillende ouderdom, sinds de herfst lange mouwen, een blauwe plek in november, en Levi is bang dat het erger wordt.",
          next = "ouders", points = 3,
          feedback = "Juist: herhaald lichamelijk geweld is structurele onveiligheid. Dan meld je bij Veilig Thuis, en bepaal je de volgende stappen samen met Veilig Thuis.",
        },
      },
    },
    {
      id = "ouders", step = "gesprek", speaker = "fatima",
      text = "“Normaal,” zegt Fatima, “nodigen we bij zorgen de ouders uit. We leggen op tafel wat we zien en vragen hoe zij het zien. Doen we dat hier ook?”",
      choices = {
        {
          text = "Nu niet. Levi zegt dat het erger wordt als vader het hoort, en vader heeft mij bedreigd. We overleggen met Veilig Thuis en leggen vast waarom.",
          next = "open_anoniem", points = 3,
          feedback = "Juist: het gesprek met de ouders sla je over als het de veiligheid van het kind of van jezelf in gevaar brengt. Dan raadpleeg je snel Veilig Thuis, en leg je de reden vast.",
        },
        {
          text = "Ja, zo hoort het. We nodigen vader en moeder uit en leggen de striemen op tafel.",
          next = "confrontatie", points = -2,
          critical = { id = "ouders_confronteren_onveilig" },
          feedback = "Normaal wel, maar hier niet: Levi heeft gezegd dat het erger wordt, en vader heeft een leerkracht bedreigd. Een gesprek nu maakt Levi en jou onveiliger.",
        },
        {
          text = "Alleen moeder bellen, stilletjes. Zij kan Levi misschien beschermen.",
          next = "open_anoniem", points = 0,
          feedback = "Je weet niet of moeder Levi kan beschermen, of dat ze het thuis doorvertelt. Een ‘stil’ gesprek kan net zo goed bij vader terechtkomen. Overleg eerst met Veilig Thuis.",
        },
      },
    },
    {
      id = "open_anoniem", step = "beslissen", speaker = "fatima",
      text = "Fatima gaat namens de school melden bij Veilig Thuis. “Veilig Thuis vraagt altijd wie de melder is, en of het gezin dat mag weten. Open melden is de regel: het gezin hoort dan dat de zorgen van school komen.”\n\nZe kijkt je aan. “Wat vind jij?”",
      choices = {
        {
          text = "Open melden, met mijn naam erbij. Zo hoort het, ook al ben ik bang.",
          next = "vooraf", points = 1, actors = { "veilig_thuis" },
          feedback = "Open melden is de regel, en je moed is groot. Maar hier is een reden voor de uitzondering: vader heeft je aantoonbaar bedreigd en Levi is bang dat het erger wordt. Daarover mag je met Veilig Thuis overleggen.",
        },
        {
          text = "We melden helemaal anoniem: geen naam van mij, geen naam van de school. Dan kan niemand het terugleiden.",
          next = "vooraf", points = 0, actors = { "veilig_thuis" },
          feedback = "Anoniem betekent niet dat Veilig Thuis niet weet wie meldt. Veilig Thuis moet je kunnen terugbellen en informeren. Anoniem is: Veilig Thuis weet wie je bent, het gezin niet.",
        },
        {
          text = "Niet melden. Het risico voor mij is te groot; we houden Levi goed in de gaten.",
          next = "angst", points = 0,
          feedback = "Je angst is een reden om anoniem melden te bespreken, geen reden om niet te melden. Levi blijft intussen thuis in dezelfde situatie.",
        },
        {
          text = "Fatima meldt namens de school. Jullie bespreken met Veilig Thuis dat de melder anoniem blijft tegenover het gezin, vanwege de bedreiging en Levi’s angst.",
          next = "vooraf", points = 3, actors = { "veilig_thuis" },
          feedback = "Juist: open, tenzij. Bij gevaar voor het kind of voor jezelf bespreek je anonimiteit met Veilig Thuis. Veilig Thuis weet wie jullie zijn en kan jullie bereiken; het gezin hoort niet wie gemeld heeft.",
        },
      },
    },
    {
      id = "angst", step = "beslissen", speaker = "fatima",
      text = "Twee weken gebeurt er niets. Dan ziet Daan een blauwe plek in Levi’s hals. “Voetbal,” zegt Levi.\n\nFatima komt naar je toe. “We kunnen niet langer wachten. Ik meld namens de school, en we vragen Veilig Thuis of de melder anoniem kan blijven tegenover het gezin. Daar is jouw angst precies de reden voor.”",
      next = "vooraf",
    },
    {
      id = "vooraf", step = "beslissen", speaker = "fatima",
      text = "Fatima pakt de telefoon om de melding te doen, en legt hem dan weer neer.\n\n“Nog één ding,” zegt ze. “Normaal vertellen we ouders vooraf dat we melden. Zonder toestemming te vragen, maar ze horen het wel van ons. Dat staat ook in ons protocol.”",
      choices = {
        {
          text = "Niet in dit geval: vooraf vertellen brengt Levi en mij in gevaar. We spreken dat af met Veilig Thuis en leggen vast waarom.",
          next = "gang", points = 2,
          feedback = "Juist: je informeert ouders vooraf, tenzij de veiligheid dat verbiedt. Veilig Thuis kan een vooronderzoek doen zonder dat vader weet dat er gemeld is.",
        },
        {
          text = "Dan bellen we vader even. Als het in het protocol staat, moeten we het doen.",
          next = "vooraf_gebeld", points = -2,
          critical = { id = "ouders_confronteren_onveilig" },
          feedback = "Het protocol zegt ook: niet als dat het kind of jezelf in gevaar brengt. Met een vader die dreigt en een kind dat bang is dat het erger wordt, maakt dit telefoontje de situatie onveiliger.",
        },
        {
          text = "We vragen moeder om toestemming. Dan staat zij tenminste achter de melding.",
          next = "gang", points = 0, mistake = "toestemming_vragen_melden",
          feedback = "Toestemming is niet nodig, en vragen is hier ook gevaarlijk: wat moeder weet, kan bij vader terechtkomen. De school mag Veilig Thuis zonder toestemming informeren.",
        },
      },
    },
    {
      id = "gang", step = "beslissen", speaker = "rick",
      text = "Fatima heeft gemeld. Drie weken later: Veilig Thuis heeft met Levi op school gesproken en is daarna bij het gezin langs geweest.\n\nNa de laatste les staat Rick Brouwer bij de deur van de gymzaal. Hij blokkeert de gang.\n\n“Jij hebt die lui van Veilig Thuis op mijn dak gestuurd, hè? Zeg het maar eerlijk.”",
      choices = {
        {
          text = "Je legt uit waarom de school zich zorgen maakt over Levi. Hij moet snappen dat het om zijn zoon gaat.",
          next = "herkend", points = 0,
          feedback = "Zo vertel je vader wat Veilig Thuis juist voor je afschermde: dat de zorgen van jou komen. Over de melding en het gezin praat je niet op de gang, en niet alleen.",
        },
        {
          text = "“Nee, ik heb niemand gebeld,” zeg je. Dan ben je er vanaf.",
          next = "gymles", points = 0,
          feedback = "Liegen is niet nodig en kan je later inhalen. Je hoeft niets te bevestigen of te ontkennen: je verwijst naar de directie en zorgt dat je niet alleen bent.",
        },
        {
          text = "Je zegt rustig dat je hier niet over leerlingen praat, loopt naar collega’s en meldt het meteen bij Karin en Fatima. Zij geven het door aan Veilig Thuis.",
          next = "gymles", points = 2,
          feedback = "Goed: je bevestigt en ontkent niets, zoekt veiligheid bij collega’s en meldt de dreiging. Veilig Thuis moet weten dat vader verhaal komt halen; Karin bespreekt met jou of de school aangifte doet van de bedreiging.",
        },
      },
    },
    {
      id = "gymles", step = "beslissen", speaker = "levi",
      text = "Veilig Thuis laat Fatima weten dat er veiligheidsafspraken zijn gemaakt en dat het onderzoek loopt; vader is aangemeld voor hulp bij zijn agressie.\n\nWoensdag staat Levi weer in jouw les. Hij is stil, maar hij doet mee. Bij het omkleden kijkt hij even naar je.",
      choices = {
        {
          text = "Je laat Levi zo veel mogelijk met rust, zodat vader geen reden heeft om te denken dat jij op hem let.",
          next = "anoniem_gemeld", points = 0, mistake = "kind_uit_beeld",
          feedback = "Juist nu heeft Levi een volwassene nodig die gewoon doet en hem ziet. Na een melding blijft de school betrokken, ook de gymleraar.",
        },
        {
          text = "Je vraagt Levi na elke les even of papa hem nog slaat.",
          next = "anoniem_gemeld", points = 0,
          feedback = "Zo word je zijn controleur, en elke les wordt een verhoor. Veilig Thuis onderzoekt; jij geeft een veilige les en geeft door wat je ziet.",
        },
        {
          text = "Je geeft gewoon les. Levi mag zich in het hokje omkleden. Nieuwe signalen schrijf je op en geef je aan Fatima, die ze doorgeeft aan Veilig Thuis.",
          next = "anoniem_gemeld", points = 2,
          feedback = "Goed: een gewone, veilige les, en de school blijft signaleren. Veilig Thuis informeert de school als melder en hoort graag nieuwe signalen.",
        },
      },
    },
    {
      id = "confrontatie", step = "gesprek", speaker = "rick",
      text = "Maandag zit Rick Brouwer tegenover Fatima en jou. Moeder is niet gekomen. Zodra Fatima het woord ‘striemen’ noemt, staat hij op.\n\n“Die gymleraar zeker. Dat had ik kunnen weten.” Hij wijst naar je. “Dit gaan jullie merken.”\n\nHij beent weg. Dinsdag is Levi er niet. Niemand neemt de telefoon op.",
      next = "acuut",
    },
    {
      id = "vooraf_gebeld", step = "beslissen", speaker = "rick",
      text = "Fatima belt Rick Brouwer om te vertellen dat de school gaat melden. Hij laat haar niet uitpraten.\n\n“Dat is die gymleraar. Jullie horen nog van mij.” Hij hangt op.\n\nDinsdag is Levi er niet. Niemand neemt de telefoon op.",
      next = "acuut",
    },
    {
      id = "acuut", step = "wegen", speaker = "levi",
      text = "Woensdag om kwart over acht staat Levi bij de deur van de gymzaal. Zijn linkeroog is dik en blauw.\n\n“Papa zei dat ik een verklikker ben,” zegt hij zacht. “Ik wil vanmiddag niet naar huis.”",
      choices = {
        {
          text = "Structureel. We melden het deze week bij Veilig Thuis.",
          next = "acuut_melden", points = 1,
          feedback = "Het is ook structureel, maar vandaag telt iets anders: Levi is verwond en bang om naar huis te gaan. Dat kan niet tot later in de week wachten.",
        },
        {
          text = "Acuut: Levi is verwond, zegt dat het door de melding komt en durft niet naar huis. Zijn veiligheid is voor vanmiddag niet gegarandeerd.",
          next = "acuut_melden", points = 3,
          feedback = "Juist: direct fysiek gevaar en geen veiligheid voor de komende uren. Dat is acute onveiligheid: meteen melden.",
        },
        {
          text = "We wachten tot Levi zelf meer vertelt over wat er gebeurde.",
          next = "acuut_melden", points = 0,
          feedback = "Levi heeft al genoeg verteld. Wachten op meer is hem laten teruggaan naar de plek waar hij net gewond raakte.",
        },
      },
    },
    {
      id = "acuut_melden", step = "beslissen", speaker = "fatima",
      text = "Fatima staat naast je. “Wat doen we nu, meteen?”",
      choices = {
        {
          text = "Je belt Rick om af te spreken dat hij Levi vanmiddag niet straft.",
          next = "acuut_daarna", points = -1,
          feedback = "Juist contact met vader maakte het erger. Afspraken over veiligheid maak je met Veilig Thuis, niet met de vader van wie het geweld komt.",
        },
        {
          text = "Fatima belt nu Veilig Thuis. Levi blijft bij jullie tot Veilig Thuis er is. Bij direct gevaar bel je 112.",
          next = "acuut_daarna", points = 3, actors = { "veilig_thuis" },
          feedback = "Juist: bij acute onveiligheid meld je meteen. Veilig Thuis is dag en nacht bereikbaar en kan direct ingrijpen; 112 bij levensgevaar.",
        },
        {
          text = "Je neemt Levi vanmiddag mee naar je eigen huis tot het rustig is.",
          next = "acuut_daarna", points = 0,
          feedback = "Goedbedoeld, maar niet aan jou. Veilig Thuis regelt een veilige plek, samen met het netwerk van Levi, en jij brengt jezelf in gevaar bij een vader die al dreigde.",
        },
      },
    },
    {
      id = "acuut_daarna", step = "beslissen", speaker = "karin",
      text = "Binnen een uur zijn er twee medewerkers van Veilig Thuis. Ze spreken Levi in Fatima’s kamer en regelen dat hij vannacht bij zijn tante slaapt.\n\nDirecteur Karin Smit komt bij je zitten. “En jij? Hoe gaan we verder?”",
      choices = {
        {
          text = "Je legt vast wat Levi zei en hoe hij eruitzag. Met Karin bespreek je je eigen veiligheid en aangifte van de bedreiging. Je blijft Levi’s gymleraar.",
          next = "acuut_gemeld", points = 2,
          feedback = "Goed: feiten vastleggen, je eigen veiligheid serieus nemen, en betrokken blijven bij Levi. Veilig Thuis hoort van de school wat er verder gebeurt.",
        },
        {
          text = "Je vertelt het in de personeelskamer, zodat iedereen weet wat voor man Rick is.",
          next = "acuut_gemeld", points = 0,
          feedback = "Je collega’s moeten weten hoe ze veilig blijven, maar niet het verhaal van Levi. Wie wat moet weten, bespreek je met Karin.",
        },
        {
          text = "Je vraagt of iemand anders voortaan Levi’s groep lesgeeft. Je wilt hier niets meer mee te maken hebben.",
          next = "acuut_gemeld", points = 0, mistake = "kind_uit_beeld",
          feedback = "Je angst is begrijpelijk, en je veiligheid bespreek je met Karin. Maar voor Levi ben jij de volwassene die het zag; als je verdwijnt, leert hij dat vertellen mensen wegjaagt.",
        },
      },
    },
  },

  endings = {
    {
      id = "anoniem_gemeld",
      title = "Gemeld bij Veilig Thuis",
      text = "Levi woont nog thuis, met een veiligheidsplan waar Veilig Thuis op toeziet. Zijn vader volgt een training voor zijn agressie. In mei doet Levi voor het eerst een gymles in een T-shirt met korte mouwen. Op de club knikt Rick je kort toe, en loopt door.",
      outcome = "melden_structureel",
      route = { "school", "zorgteam", "veilig_thuis" },
      debrief = "Herhaald lichamelijk geweld is structurele onveiligheid: melden bij Veilig Thuis. Open melden is de regel; hier waren de bedreiging van jou en Levi’s angst een reden om anonimiteit met Veilig Thuis te bespreken, niet om niet te melden. Veilig Thuis weet wie er meldde en kan de school bellen en informeren; het gezin hoort niet wie het was. De ouders werden vooraf niet ingelicht, omdat dat Levi en jou in gevaar bracht. Veilig Thuis kan dan een vooronderzoek doen zonder medeweten van de ouders. Binnen vijf werkdagen volgt een veiligheidsbeoordeling; daarna onderzoekt Veilig Thuis zelf, draagt over aan het buurtteam of leidt door naar het SAVE-team, dat zo nodig de Raad voor de Kinderbescherming inschakelt. De school blijft betrokken en geeft nieuwe signalen door.",
    },
    {
      id = "acuut_gemeld",
      title = "Van structureel naar acuut",
      text = "Levi slaapt twee weken bij zijn tante. Veilig Thuis vraagt de Raad voor de Kinderbescherming om onderzoek. Als Levi terugkomt in de gymles, houdt hij zich afzijdig. “Papa zegt dat het jouw schuld is,” zegt hij na de les. Het duurt tot de zomer voor hij weer lacht.",
      outcome = "melden_acuut",
      route = { "school", "zorgteam", "veilig_thuis" },
      debrief = "Het gesprek of telefoontje met een vader die dreigde, maakte van structurele onveiligheid een acute. Het gesprek met de ouders, en het vooraf informeren over een melding, sla je over als dat het kind of jezelf in gevaar brengt; dan overleg je met Veilig Thuis. Bij acute onveiligheid meld je meteen: Veilig Thuis is dag en nacht bereikbaar, kan direct ingrijpen en een veilige plek regelen, en vraagt zo nodig de Raad voor de Kinderbescherming om onderzoek; de Raad kan de kinderrechter om een maatregel vragen. Bel 112 bij levensgevaar. De school blijft betrokken bij Levi en bespreekt met de directeur de veiligheid van het personeel.",
    },
    {
      id = "herkend",
      title = "Zelf je anonimiteit opgegeven",
      text = "Rick luistert niet naar je uitleg; hij hoort alleen dat jij het was. Zaterdag op de club roept hij over het veld dat jij ‘met je poten van zijn kind af moet blijven’. Veilig Thuis moet de veiligheidsafspraken opnieuw bekijken. Levi mist de volgende gymles, en de les daarna.",
      outcome = "melden_structureel",
      route = { "school", "zorgteam", "veilig_thuis" },
      debrief = "Anoniem melden betekent dat Veilig Thuis jouw naam niet aan het gezin geeft. Die bescherming houdt op als je het zelf vertelt. Over de melding en het gezin praat je niet met een boze ouder op de gang: je bevestigt of ontkent niets, zoekt collega’s op en meldt de confrontatie bij de directie en Veilig Thuis. De directie bespreekt met jou of de school aangifte doet van bedreiging. Veilig Thuis past zo nodig het veiligheidsplan aan; lukt het niet om Levi thuis veilig te houden, dan kan Veilig Thuis het SAVE-team of de Raad voor de Kinderbescherming inschakelen. De school blijft betrokken bij Levi.",
    },
  },
}
