-- Case: a 16-year-old mbo cooking student hides bruises under long sleeves in
-- a hot kitchen; after recording, consulting (an anonymous advice question to
-- Veilig Thuis) and talks with her and her mother, the signals turn out to
-- have a verified innocent explanation: a bleeding disorder diagnosed that
-- summer. Teaches question 1 of the afwegingskader: no suspicion, so close and
-- record the decision with its reasons; no meldplicht; stay alert. Every
-- ending has outcome geen_vermoeden: the situation is the same, the paths
-- differ (careful weighing, a report without grounds, ignoring, not recording).
return {
  format = 1,
  id = "geen-vermoeden",
  title = "Lange mouwen",
  language = "nl",
  languages = { "nl" },
  audience = "Praktijkdocenten, studieloopbaanbegeleiders en zorgcoördinatoren in het mbo",
  summary = "Noor (16) houdt in de hete leskeuken haar mouwen over haar handen. Eronder zie je blauwe plekken. De Meldcode gaat ook over zorgvuldig wegen. Jij bent haar praktijkdocent.",
  school_type = "mbo",
  minutes = 15,
  version = "1.0",
  pass_mark = 0.7,
  start = "keuken",

  characters = {
    noor = { name = "Noor van Leeuwen", role = "studente Kok, 1e jaar, 16 jaar" },
    milan = { name = "Milan", role = "klasgenoot van Noor" },
    lotte = { name = "Lotte Vermeulen", role = "studieloopbaanbegeleider (slb’er) van Noor" },
    wim = { name = "Wim Terpstra", role = "zorgcoördinator en aandachtsfunctionaris" },
    consulent = { name = "Consulent van Veilig Thuis", role = "advieslijn 0800-2000" },
    sandra = { name = "Sandra van Leeuwen", role = "moeder van Noor" },
  },

  scenes = {
    {
      id = "keuken", step = "signalen",
      text = "Dinsdag 7 oktober. Je bent praktijkdocent bij de opleiding Kok van mbo-college De Werf in Utrecht. In de leskeuken is het dertig graden. Bij de wasbak schuiven de studenten hun mouwen op om handen en onderarmen te wassen.\n\nBehalve Noor van Leeuwen (16). Zij houdt haar mouwen al weken tot over haar handen, ook bij het fornuis. Als ze een pan van de bovenste plank pakt, zakt haar mouw af. Op haar onderarm zie je drie blauwe plekken: twee blauwpaars, één geelgroen.\n\nNoor ziet dat je kijkt en trekt de mouw met een ruk omlaag. Wat doe je?",
      choices = {
        {
          text = "Niets. In een keuken stoot iedereen zich weleens; blauwe plekken en brandplekjes horen bij het vak.",
          next = "noteren", points = 0,
          feedback = "Stootplekken horen bij een keuken, maar je ziet meer: een studente die haar armen verbergt, plekken van verschillende kleur. Kijk niet weg; leg vast wat je ziet.",
        },
        {
          text = "Je loopt naar haar toe, schuift haar mouw omhoog en vraagt: “Wat is dat? Wie heeft dat gedaan?”",
          next = "noteren", points = -1,
          feedback = "Je bekijkt haar arm waar de groep bij staat, en je vraag gaat al uit van een dader. Een gesprek over zorgen voer je voorbereid en onder vier ogen, met een open vraag.",
        },
        {
          text = "Je doet voor de groep niets. Na de les schrijf je op wat je zag: datum, tijd, en waar op haar arm.",
          next = "noteren", points = 2, actors = { "school" },
          feedback = "Goed: je zet Noor niet te kijk en je legt meteen vast wat je zag. Een signaal is nog geen conclusie, maar het hoort op papier.",
        },
      },
    },
    {
      id = "noteren", step = "signalen",
      text = "Na de les kijk je in het studentvolgsysteem. Noor was sinds september drie maandagen afwezig, telkens ziek gemeld door een van haar moeders. Lotte Vermeulen, haar slb’er, noteerde: ‘Moe, valt stil in de les.’ En vorige week dinsdag sneed Noor zich in haar duim. Het bleef twintig minuten bloeden; naar de BHV’er wilde ze niet.\n\nWat schrijf je op?",
      choices = {
        {
          text = "“7-10 leskeuken: 3 blauwe plekken re. onderarm (2 blauwpaars, 1 geelgroen), mouwen over handen, trok mouw omlaag. 30-9: snee duim bloedde 20 min.”",
          next = "grap", points = 2, actors = { "school" },
          feedback = "Goed: wat je zag, waar en wanneer, en wat Noor deed, zonder uitleg. Samen met het verzuim en Lottes notitie laat dit een patroon zien dat je kunt bespreken.",
        },
        {
          text = "“Noor verbergt blauwe plekken, waarschijnlijk thuis geslagen. Verzuimt en is moe: past bij mishandeling.”",
          next = "grap", points = 0, actors = { "school" }, mistake = "interpreteren",
          feedback = "‘Geslagen’ en ‘past bij mishandeling’ zijn jouw conclusies; je weet niet hoe de plekken zijn ontstaan. Schrijf op wat je zag en hoorde. Uitleggen en wegen doe je later, met anderen.",
        },
        {
          text = "Nog niets. Je wilt geen dossier aanleggen over één keer blauwe plekken; eerst kijken of het vaker gebeurt.",
          next = "grap", points = 0,
          feedback = "Het is niet één signaal: plekken, lange mouwen, een wond die lang bleef bloeden, verzuim en moeheid. Vastleggen is geen beschuldiging, maar de basis om straks zorgvuldig te wegen.",
        },
      },
    },
    {
      id = "grap", step = "signalen", speaker = "milan",
      text = "Donderdag 9 oktober. Noor snijdt uien naast Milan. Haar mouw zakt weer af.\n\nMilan, hard genoeg voor de hele keuken: “Wie slaat jou eigenlijk, Noor? Je vriendje?” Een paar jongens lachen.\n\nNoor legt haar mes neer en loopt de keuken uit. Wat doe je?",
      choices = {
        {
          text = "Na de les vraag je Milan en twee klasgenoten wat zij weten over Noor en over hoe het bij haar thuis gaat.",
          next = "klasgenoten", points = -2,
          critical = { id = "verhoren" },
          feedback = "Zo ga je zelf informatie verzamelen via klasgenoten, en maak je Noor tot gespreksonderwerp in de klas. Uitzoeken wat er gebeurd is, is niet jouw taak.",
        },
        {
          text = "Je zegt Milan dat zulke grappen niet kunnen, vraagt een collega even op de groep te letten en gaat naar Noor: “Gaat het? Neem even rust.”",
          next = "overleg", points = 2,
          feedback = "Goed: je stopt de grap, laat Noor niet alleen en vraagt niet door. Wat Milan zei en hoe Noor reageerde, zet je daarna bij je aantekeningen.",
        },
        {
          text = "Je laat het gaan. In deze groep plagen ze elkaar de hele dag, en Noor kan wel tegen een grapje.",
          next = "overleg", points = 0,
          feedback = "Noor loopt de keuken uit; dat zegt iets. Hoe ze op de grap reageert, is zelf een waarneming. En als docent zorg je dat de groep voor iedereen veilig blijft.",
        },
      },
    },
    {
      id = "klasgenoten", step = "signalen", speaker = "milan",
      text = "Milan haalt zijn schouders op. “Weet ik veel. Ze is altijd moe. Iedereen zegt dat het thuis niet goed zit.”\n\nEen dag later weet de halve klas dat ‘de praktijkdocent vragen stelt over Noor’. Noor kijkt je de hele les niet aan.",
      next = "overleg",
    },
    {
      id = "overleg", step = "consultatie",
      text = "Je hebt nu een rijtje: blauwe plekken, lange mouwen in een hete keuken, een wond die lang bleef bloeden, drie maandagen verzuim, een moe meisje, en een grap waar ze van wegliep.\n\nWat doe je ermee?",
      choices = {
        {
          text = "Je bespreekt het in de lerarenkamer met de docenten die Noor lesgeven. Dan kan iedereen opletten.",
          next = "lerarenkamer", points = 0,
          feedback = "Collega’s die opletten, helpen. Maar zorgen over een studente bespreek je niet in de lerarenkamer. Je overlegt met de aandachtsfunctionaris; daar blijft het vertrouwelijk.",
        },
        {
          text = "Je houdt het voorlopig voor je. Je wilt Noor en haar ouders niet in de problemen brengen om een paar blauwe plekken.",
          next = "afgewacht", points = -1,
          critical = {
            id = "alleen_handelen",
            explanation = "Signalen negeren is ook alleen handelen: je neemt in je eentje het besluit dat er niets aan de hand is. De Meldcode vraagt je vast te leggen en te overleggen met de aandachtsfunctionaris, juist als je twijfelt.",
          },
          feedback = "Misschien heb je gelijk dat het niets is. Maar dat kun je pas zeggen na zorgvuldig wegen, en dat doe je niet alleen.",
        },
        {
          text = "Je gaat vandaag met je aantekeningen naar Wim Terpstra, zorgcoördinator en aandachtsfunctionaris, en vraagt Lotte, Noors slb’er, erbij.",
          next = "wim", points = 2, actors = { "zorgteam" },
          feedback = "Goed: je handelt niet alleen. Wim en Lotte wegen met je mee, en Lotte kent Noor uit haar gesprekken.",
        },
      },
    },
    {
      id = "lerarenkamer", step = "consultatie", speaker = "wim",
      text = "De docent Engels weet het meteen: “Die moeder belt wel erg vaak af.” Een ander heeft het over ‘zo’n gezin’.\n\nAan het eind van de middag staat Wim Terpstra, de zorgcoördinator, bij je. Hij heeft het via de gang gehoord. “Kom even bij me zitten. Zo wordt Noor een verhaal in de lerarenkamer, en dat verdient ze niet.” Hij vraagt Lotte, Noors slb’er, erbij.",
      next = "wim",
    },
    {
      id = "wim", step = "consultatie", speaker = "wim",
      text = "Wim leest je aantekeningen. Lotte vult aan dat Noor aan het begin van het jaar vrolijker was.\n\n“Plekken op een onderarm, een wond die lang blijft bloeden, lange mouwen, verzuim,” zegt Wim. “Dat kán van alles zijn: van thuis, van de keuken, of iets medisch. We weten het niet. Wat is de volgende stap?”",
      choices = {
        {
          text = "Wim belt Veilig Thuis voor advies, zonder Noors naam: hoe wegen we deze plekken, en hoe pakken we het gesprek met haar aan?",
          next = "advies", points = 3, actors = { "veilig_thuis" },
          feedback = "Goed: bij lichamelijke signalen is de expertise van Veilig Thuis waardevol. Een adviesvraag is geen melding; Veilig Thuis legt geen gegevens van het gezin vast.",
        },
        {
          text = "We melden meteen bij Veilig Thuis. Plekken die ze verbergt: dat moeten zij maar uitzoeken.",
          next = "melden_hoe", points = 0,
          feedback = "Melden bij twijfel is nooit verboden. Maar je slaat zonder reden het gesprek over: Noor is zestien, er is geen acuut gevaar, en één gesprek kan je twijfel wegnemen of bevestigen.",
        },
        {
          text = "Lotte heeft over twee weken een voortgangsgesprek met Noor. Misschien begint ze er dan zelf over.",
          next = "lotte_wacht", points = 1,
          feedback = "Lotte is een goede gesprekspartner voor Noor, maar hopen dat ze er zelf over begint, is geen plan. Bespreek je zorgen zo vroeg mogelijk, open en met feiten.",
        },
      },
    },
    {
      id = "lotte_wacht", step = "consultatie", speaker = "lotte",
      text = "Twee weken later. In het voortgangsgesprek praat Noor over haar cijfers en haar stage, niet over haar armen. Intussen zag je weer een nieuwe plek, op haar pols.\n\nLotte: “Ze begint er niet zelf over. We moeten het haar gewoon vragen, met wat jij zag. Doe je mee?”",
      next = "gesprek_start",
    },
    {
      id = "advies", step = "consultatie", speaker = "consulent",
      text = "Wim zet de consulent van Veilig Thuis op de speaker. Hij noemt geen namen.\n\n“Kijk naar waar de plekken zitten. Onderarmen, scheenbenen, heupen: daar stoot je je. Hals, oren, bovenarmen met vingerafdrukken, rug of billen: daar niet. Een wond die lang blijft bloeden, kan ook een medische oorzaak hebben. Praat eerst met haar, ze is zestien: zeg wat je zag en vraag hoe het gaat, zonder te verhoren. Daarna bij voorkeur met haar en haar ouders samen. Twijfel je daarna nog, bel ons terug. Melden mag altijd, ook bij twijfel.”",
      next = "gesprek_start",
    },
    {
      id = "melden_hoe", step = "beslissen", speaker = "wim",
      text = "Wim aarzelt, maar gaat mee: de school meldt bij Veilig Thuis, nog vandaag. Hij pakt de telefoon.\n\n“Noor en haar moeders weten van niets. Vertellen we het ze vooraf?”",
      choices = {
        {
          text = "Nee. Als het thuis gebeurt, zetten ze Noor misschien onder druk om niets te zeggen.",
          next = "onnodig_gemeld", points = 0, actors = { "veilig_thuis" },
          feedback = "Ouders informeer je alleen niet vooraf als dat de veiligheid van het kind of van anderen bedreigt. Daar is niets van gebleken: je weet nog niets over thuis, omdat niemand het Noor heeft gevraagd.",
        },
        {
          text = "Ja. Wim belt Noors moeder vooraf: wat de school zag, dat de school gaat melden en waarom. Zonder toestemming te vragen.",
          next = "vooraf_gebeld", points = 2,
          feedback = "Goed: ouders informeer je vooraf, zonder toestemming te vragen. En zo’n telefoontje is ook een gesprek: je hoort hun kant, en die kan je beeld veranderen.",
        },
        {
          text = "Wim meldt anoniem. Dan weten haar moeders niet dat het van school komt, en blijft de relatie goed.",
          next = "onnodig_gemeld", points = 0, actors = { "veilig_thuis" }, mistake = "anoniem_zonder_reden",
          feedback = "Anoniem melden doe je alleen met een reden, zoals gevaar voor het kind of voor jezelf. Die is er niet. En een gezin raadt meestal toch waar de zorgen vandaan komen.",
        },
      },
    },
    {
      id = "vooraf_gebeld", step = "beslissen", speaker = "sandra",
      text = "Sandra van Leeuwen, Noors moeder, is even stil aan de telefoon.\n\n“Heeft Noor het jullie nog steeds niet verteld? Ze kreeg deze zomer de diagnose: de ziekte van Von Willebrand, een stollingsstoornis. Daarom die plekken. Ik heb een brief van het ziekenhuis met wat school moet doen als ze bloedt. Maar Noor wilde niet dat iemand het wist.”\n\nWim legt de telefoon neer. “Dit gesprek hadden we eerst moeten voeren. We melden nu niet. We nodigen Noor en haar moeders uit, en daarna wegen we.”",
      next = "moeders",
    },
    {
      id = "gesprek_start", step = "gesprek", speaker = "noor",
      text = "Dinsdag, na de les. Lotte heeft Noor gevraagd even te blijven; jullie zitten met z’n drieën in Lottes kamer. Je hebt het gesprek met Lotte voorbereid: zeggen wat je zag, een open vraag, niet doorvragen.\n\nNoor zit met haar armen over elkaar, de mouwen over haar handen. “Gaat het over Milan? Ik heb niks gedaan.”\n\nHoe begin je?",
      choices = {
        {
          text = "“Het gaat over de plekken op je arm. Iemand doet je pijn, hè? Je mag het ons vertellen.”",
          next = "beschuldigd", points = 0,
          feedback = "Je vraag legt het antwoord al klaar: dat iemand haar pijn doet. Zo stuur je het gesprek, en Noor voelt zich verdacht gemaakt. Zeg wat je zag en vraag hoe het met haar gaat.",
        },
        {
          text = "“Doe je mouwen eens omhoog, dan kijken we samen hoe erg het is. Dan kan ik het opschrijven.”",
          next = "mouwen_op", points = -2,
          critical = { id = "verhoren" },
          feedback = "Je vraagt haar haar lichaam te laten zien om het vast te leggen: dat is onderzoek doen en bewijs verzamelen. Dat is niet aan de school; je gaat uit van wat je al zag.",
        },
        {
          text = "“Nee, je hebt niks gedaan. Ik zag plekken op je arm, en dat je je mouwen ook bij het fornuis over je handen houdt. Ik maak me zorgen. Hoe gaat het?”",
          next = "belofte", points = 2,
          feedback = "Goed: je neemt haar schrik weg, noemt wat je zelf zag, zegt waarom je je zorgen maakt en stelt één open vraag. Noor houdt de ruimte om het zelf te vertellen.",
        },
      },
    },
    {
      id = "beschuldigd", step = "gesprek", speaker = "noor",
      text = "Noor wordt rood. “Niemand doet mij pijn! Zie je wel, nu denk jij het ook.” Ze staat op.\n\nLotte vraagt haar rustig te blijven zitten. “We willen alleen weten hoe het met je gaat.” Na een lange stilte gaat Noor weer zitten.",
      next = "belofte",
    },
    {
      id = "mouwen_op", step = "gesprek", speaker = "noor",
      text = "Noor trekt haar armen tegen haar lijf. “Ik ben geen verdachte.”\n\nLotte neemt het over: “Je hoeft niets te laten zien. We zagen plekken en we maken ons zorgen, dat is alles. Hoe gaat het met je?” Het duurt even voordat Noor weer iets zegt.",
      next = "belofte",
    },
    {
      id = "belofte", step = "gesprek", speaker = "noor",
      text = "Noor kijkt naar de deur.\n\n“Als ik het vertel, beloven jullie dan dat het niet verder gaat? Niet naar de klas, en ook niet naar mijn moeders?”",
      choices = {
        {
          text = "“De klas hoort het niet van ons, dat beloof ik. Meer beloven kan ik niet: soms heb ik anderen nodig om je te helpen. Dan vertel ik je eerst wat ik doe.”",
          next = "vertelt", points = 2,
          feedback = "Goed: wat je kunt beloven, beloof je, en wat je niet kunt beloven, niet. Zo weet Noor waar ze aan toe is, en houd je je woord.",
        },
        {
          text = "“Ik beloof het. Wat je hier vertelt, blijft tussen ons.”",
          next = "belofte_gevolg", points = -2,
          critical = { id = "geheim_beloven" },
          feedback = "Je weet nog niet wat ze gaat vertellen. Gaat het om haar veiligheid, dan heb je anderen nodig en breek je je belofte. Beloof nooit vooraf geheimhouding.",
        },
        {
          text = "“Dan kun je het beter aan de vertrouwenspersoon vertellen. Wij moeten alles doorgeven.”",
          next = "vertelt", points = 0,
          feedback = "Je stuurt haar weg op het moment dat ze wil praten, en ‘alles doorgeven’ klinkt als een dreiging. Zeg eerlijk wat je wel en niet kunt beloven.",
        },
      },
    },
    {
      id = "vertelt", step = "gesprek", speaker = "noor",
      text = "Noor haalt diep adem en schuift haar mouw omhoog.\n\n“Ik heb iets met mijn bloed. Deze zomer bloedde ik na het trekken van een kies een hele nacht door. In het ziekenhuis zeiden ze: de ziekte van Von Willebrand. Mijn bloed stolt slecht. Van de rand van de werkbank heb ik al een plek. Op maandag moet ik soms voor controle, en ik slik ijzer, want ik was bloedarm. Daarom ben ik zo moe.”\n\nZe trekt de mouw weer omlaag. “In september vroeg iemand in de klas al wie mij slaat. Sindsdien draag ik lange mouwen. Ik wil gewoon kok worden. Niet het zieke meisje zijn.”",
      next = "na_vertellen",
    },
    {
      id = "belofte_gevolg", step = "gesprek", speaker = "noor",
      text = "Noor vertelt. Deze zomer kreeg ze de diagnose: de ziekte van Von Willebrand, een stollingsstoornis. Daarom de plekken, de wond die bleef bloeden, de controles op maandag en de moeheid.\n\nAls Lotte zegt dat de school haar moeders wil spreken, en dat Wim moet weten wat er in de keuken nodig is als ze zich snijdt, kijkt Noor jou aan. “Jij had het beloofd.” Ze pakt haar tas en gaat. Lotte belt die middag zelf haar moeder.",
      next = "moeders",
    },
    {
      id = "na_vertellen", step = "gesprek", speaker = "lotte",
      text = "Lotte kijkt je aan. Hoe reageer je op wat Noor vertelt?",
      choices = {
        {
          text = "“Heb je daar papieren van? Anders kunnen we dat niet zomaar aannemen.”",
          next = "moeders", points = 0,
          feedback = "Zo behandel je haar als verdachte die bewijs moet leveren. Je hoeft een verklaring niet zelf te controleren; je bespreekt haar met Noor en haar ouders, en zij kunnen laten zien wat het ziekenhuis adviseert.",
        },
        {
          text = "“Dank je dat je het vertelt. Ik snap dat je niet het zieke meisje wilt zijn. We willen met jou en je moeders praten over wat je hier nodig hebt als je bloedt.”",
          next = "moeders", points = 2,
          feedback = "Goed: je erkent haar en zegt eerlijk wat er nu gebeurt. Het gesprek met haar moeders gaat over Noor en wat ze nodig heeft, niet over verdenking. Wim hoort van jou wat ze vertelde.",
        },
        {
          text = "“Gelukkig, dan is er niks aan de hand. Dan sluiten we dit af; je hoeft je nergens zorgen over te maken.”",
          next = "moeders", points = 1,
          feedback = "Opgelucht zijn mag, maar je sluit te snel af. Je hebt alleen Noors verhaal; bij een zestienjarige praat je bij voorkeur ook met haar en haar ouders samen. En wat heeft ze nodig als ze zich snijdt?",
        },
      },
    },
    {
      id = "moeders", step = "gesprek", speaker = "sandra",
      text = "Vrijdag. Noor, haar moeder Sandra, Lotte en jij. Sandra legt een brief op tafel van het behandelcentrum voor stollingsstoornissen in het UMC Utrecht: wat school moet doen bij een bloeding. Geen ibuprofen, tien minuten stevig drukken, bellen als het niet stopt.\n\n“Die had ik in september al willen brengen,” zegt Sandra. “Maar Noor wilde het zelf vertellen. Of eigenlijk: niet.” Noor kijkt naar haar handen.\n\nWat zeg je?",
      choices = {
        {
          text = "“Een stollingsziekte verklaart de plekken. Maar niet waarom Noor niemand iets durfde te vertellen. Is er thuis weleens ruzie?”",
          next = "wegen", points = 0,
          feedback = "Een zestienjarige die haar ziekte liever verborgen houdt, heeft daar haar eigen redenen, en haar moeder vertelt het open. Wie na een passende verklaring blijft zoeken naar iets anders, maakt van het gesprek een verhoor en schaadt het vertrouwen.",
        },
        {
          text = "“Sorry dat we aan u twijfelden. We moeten dit nu eenmaal doen vanwege de Meldcode.”",
          next = "wegen", points = 1,
          feedback = "Je hoeft je niet te verontschuldigen voor je zorg. Wie zich achter ‘de Meldcode’ verschuilt, maakt er een formaliteit van, in plaats van zorg om Noor.",
        },
        {
          text = "“Dank u. We zagen plekken die Noor verborg en maakten ons zorgen; daarom zitten we hier. Noor, mag de verpleegkundige onze BHV’ers uitleg geven?”",
          next = "wegen", points = 2,
          feedback = "Goed: je bent open over waarom de school zich zorgen maakte. En je vraagt Noor zelf, zestien en de baas over haar medische gegevens, wat ze wil delen voor haar veiligheid in de keuken.",
        },
      },
    },
    {
      id = "wegen", step = "wegen", speaker = "wim",
      text = "Maandag zitten Wim, Lotte en jij bij elkaar. Wim heeft het afwegingskader voor zich en de brief van het behandelcentrum, die Noor hem heeft laten zien.\n\n“Vraag 1: is er een vermoeden van huiselijk geweld of kindermishandeling? Hoe wegen jullie het?”",
      choices = {
        {
          text = "Nee. De plekken op stootplekken, de lange bloeding, de maandagen, de moeheid: alles past bij haar ziekte. Noor en haar moeder vertellen hetzelfde.",
          next = "alert", points = 3,
          feedback = "Zorgvuldig gewogen: de verklaring past bij élk signaal, Noor en haar moeder vertellen hetzelfde, en de brief van het behandelcentrum sluit erop aan. Er zijn geen andere signalen.",
        },
        {
          text = "Ja, nog steeds. Een ziekte kan een dekmantel zijn, en ze verborg die plekken niet voor niets.",
          next = "alert", points = 0,
          feedback = "Een medische verklaring sluit mishandeling niet voor altijd uit. Maar hier past ze bij alle signalen, en er is een begrijpelijke reden waarom Noor haar armen bedekte. Een vermoeden dat nergens meer op steunt, is wantrouwen.",
        },
        {
          text = "We twijfelen nog een beetje. Wim belt Veilig Thuis nog een keer voor advies, zonder namen.",
          next = "vt_nogmaals", points = 1,
          feedback = "Bij twijfel Veilig Thuis bellen is nooit fout. Maar kijk ook eerlijk of er nog iets te twijfelen valt: elk signaal heeft nu een verklaring die klopt.",
        },
      },
    },
    {
      id = "vt_nogmaals", step = "wegen", speaker = "consulent",
      text = "De consulent luistert. “Zitten de plekken waar je je stoot? Vertellen Noor en haar moeder hetzelfde, en sluit de brief van het ziekenhuis daarop aan? Zijn er geen andere signalen? Dan is er geen vermoeden. Leg vast waarom, en blijf opletten zoals bij elke student.”",
      next = "alert",
    },
    {
      id = "alert", step = "wegen", speaker = "lotte",
      text = "Lotte: “Met haar ziekte krijgt ze steeds nieuwe plekken. Hoe weten we straks nog of er iets is?”",
      choices = {
        {
          text = "Niet meer: met zo’n ziekte zeggen plekken niets. Bij Noor hoeven we daar niet meer op te letten.",
          next = "beslissen", points = 0,
          feedback = "Ook een studente met een stollingsziekte kan mishandeld worden. Plekken zeggen bij haar minder, maar niet niets, en er zijn meer signalen dan plekken.",
        },
        {
          text = "We vragen Noor elke week of ze nieuwe plekken heeft en hoe ze eraan kwam.",
          next = "beslissen", points = 1,
          feedback = "Zo blijft ze verdacht, en met haar ziekte heeft ze bijna elke week een plek. Blijf alert zoals bij elke student, zonder haar te controleren.",
        },
        {
          text = "Plekken op stootplekken passen bij haar ziekte. Plekken op hals, oren, bovenarm of rug, een afdruk, of wat Noor vertelt: dan weer de stappen door.",
          next = "beslissen", points = 2,
          feedback = "Goed: je weet wat wél bij haar ziekte past en wat niet. Alert blijven is niet controleren, maar weten wanneer je de stappen opnieuw doorloopt.",
        },
      },
    },
    {
      id = "beslissen", step = "beslissen", speaker = "wim",
      text = "Wim: “Dan het besluit. Wat doen we?”",
      choices = {
        {
          text = "Toch melden bij Veilig Thuis, voor de zekerheid. Dan kan niemand de school later iets verwijten.",
          next = "onnodig_gemeld", points = 0, actors = { "veilig_thuis" },
          feedback = "Er is geen meldplicht: de Meldcode vraagt je te wegen, en dat heb je gedaan. Een melding zonder vermoeden belast Noor en haar moeders. In landen met een meldplicht bleek tot 79% van de meldingen onterecht.",
        },
        {
          text = "Geen vermoeden: we sluiten af. Wim legt in Noors dossier vast wat we zagen, met wie we overlegden, wat de gesprekken opleverden en waarom.",
          next = "afspraken", points = 3,
          feedback = "Juist: vraag 1 van het afwegingskader is nee, dus je sluit af en legt het besluit met de redenen vast in het dossier. Zo weet een collega later wat er gewogen is.",
        },
        {
          text = "We sluiten af zonder iets vast te leggen. Het was loos alarm; dat hoort niet in haar dossier.",
          next = "niet_vastgelegd", points = 1,
          feedback = "Afsluiten is juist, maar het besluit hoort in het dossier, feitelijk en met de redenen. Dat beschermt Noor ook: niemand hoeft het haar later opnieuw te vragen.",
        },
      },
    },
    {
      id = "afspraken", step = "beslissen", speaker = "lotte",
      text = "“Nog één ding,” zegt Lotte. “Wat horen Noor en haar moeders van ons, en wat spreken we af?”",
      choices = {
        {
          text = "Niets meer. Noor weet toch dat het goed zit.",
          next = "afgesloten", points = 1,
          feedback = "Dat weet ze niet: het laatste wat ze hoorde, is dat de school zich zorgen maakte. Sluit af met haar, en spreek af wat ze in de keuken nodig heeft.",
        },
        {
          text = "Jij legt de klas uit wat Noor heeft, zodat de grappen ophouden.",
          next = "afgesloten", points = 0,
          feedback = "Goedbedoeld, maar dat is Noors verhaal, niet het jouwe. Vraag haar wat zij wil dat de klas weet; Milans grap spreek je aan zonder haar ziekte te noemen.",
        },
        {
          text = "Wim en Lotte vertellen Noor en haar moeders dat de school afsluit, en waarom. Met Noor spreek je af wat de BHV’ers doen, en bij wie ze terechtkan.",
          next = "afgesloten", points = 2,
          feedback = "Goed: Noor en haar moeders horen het besluit van de school zelf. En wat Noor echt nodig had, een plan voor als ze bloedt in een keuken vol messen, krijgt een plek.",
        },
      },
    },
    {
      id = "afgewacht", step = "signalen",
      text = "Je zegt niets en schrijft niets op.\n\nDinsdag 28 oktober schiet Noor uit met een fileermes. De snee in haar vinger is niet groot, maar na twintig minuten drukken bloedt hij nog. De BHV’er wil haar een ibuprofen geven tegen de pijn. “Nee!” zegt Noor. “Dat mag ik niet.” Haar moeder Sandra haalt haar op en rijdt met haar naar het ziekenhuis.\n\nBij de deur zegt Sandra: “Ze heeft de ziekte van Von Willebrand, ze bloedt heel makkelijk. Heeft ze dat nooit verteld? Hadden jullie niks gemerkt?”",
      choices = {
        {
          text = "Je zegt eerlijk dat je plekken zag en niets deed, en dat je het vandaag met Wim, de zorgcoördinator, bespreekt, zodat de school afspraken maakt.",
          next = "genegeerd", points = 1, actors = { "zorgteam" },
          feedback = "Eerlijk, en nu handel je niet meer alleen. Maar deze afspraken hadden er weken eerder kunnen zijn.",
        },
        {
          text = "“Nee, we hadden niets gemerkt.”",
          next = "genegeerd", points = 0,
          feedback = "Dat klopt niet: je zag de plekken, de mouwen en de wond die bleef bloeden. Wie niet eerlijk is over wat hij zag, kan er ook niets van leren.",
        },
      },
    },
  },

  endings = {
    {
      id = "afgesloten",
      title = "Zorgvuldig gewogen: geen vermoeden",
      text = "Twee weken later schuift Noor bij de wasbak haar mouwen op, net als de rest. Op haar onderarm zit een nieuwe plek. “Ovendeur,” zegt ze, en ze grijnst. De verpleegkundige van het behandelcentrum heeft de BHV’ers uitleg gegeven; in de EHBO-kast ligt een kaart met wat te doen als Noor bloedt.\n\nIn haar dossier staat wat er gezien, overlegd en besproken is, en waarom de school geen vermoeden meer heeft.",
      outcome = "geen_vermoeden",
      route = { "school", "zorgteam", "veilig_thuis" },
      debrief = "De Meldcode gaat niet alleen over melden, maar ook over zorgvuldig wegen: feiten vastleggen, overleggen met de aandachtsfunctionaris, bij lichamelijke signalen Veilig Thuis om advies vragen (een adviesvraag zonder namen legt geen gegevens van het gezin vast), eerst met Noor praten en daarna met Noor en haar ouders. Hier paste de verklaring bij elk signaal. Vraag 1 van het afwegingskader: geen vermoeden, dus afsluiten en het besluit met de redenen vastleggen in het dossier. Er is geen meldplicht; in landen met een meldplicht bleek tot 79% van de meldingen onterecht. Veilig Thuis, SAVE en de Raad hoeven hier niets te doen. De school blijft wel opletten, zoals bij elke student: signalen die niet bij Noors ziekte passen, zijn reden om de stappen opnieuw te doorlopen en weer advies te vragen.",

      history = "In het artikel uit 2015 besliste de docent zelf, volgens de afspraken van de school, of er gemeld werd; een meldplicht was er toen ook niet. Sinds 2019 is ‘geen vermoeden’ de eerste vraag van het afwegingskader, met een vaste afspraak: afsluiten en het besluit vastleggen in het dossier.",
    },
    {
      id = "onnodig_gemeld",
      title = "Een melding die niet nodig was",
      text = "Veilig Thuis neemt de melding aan. Binnen vijf werkdagen maakt een medewerker een veiligheidsbeoordeling: ze belt Noors moeders en spreekt met Noor. Zij vertellen over de ziekte van Von Willebrand en sturen de brief van het ziekenhuis. Veilig Thuis ziet geen zorgen over Noors veiligheid, sluit af en laat de school dat weten.\n\nSandra mailt Wim: “Jullie hadden het ons kunnen vragen. Of ons kunnen geloven.” Noor vraagt Lotte voortaan bij alles wat ze vertelt: “Gaat dit ook naar Veilig Thuis?”",
      outcome = "geen_vermoeden",
      route = { "school", "zorgteam", "veilig_thuis" },
      debrief = "Melden bij twijfel is nooit fout, en Veilig Thuis beoordeelt zorgvuldig: het sloot na de veiligheidsbeoordeling af en informeerde de school. Maar hier was de twijfel weg te nemen, of al weggenomen. Noor is zestien en er was geen acuut gevaar. Wat nodig was: een open gesprek met haar en haar moeders, en wegen met de aandachtsfunctionaris, zo nodig met advies van Veilig Thuis. Daaruit blijkt dat er geen vermoeden is. Er is geen meldplicht; in landen met een meldplicht bleek tot 79% van de meldingen onterecht, omdat professionals uit angst alles melden. Elke onterechte melding belast een gezin en het vertrouwen in school. Blijft er na gesprek en advies twijfel, dan is melden wél juist. Nu herstelt de school het contact: Wim en Lotte praten met Noor en haar moeders en maken alsnog afspraken voor de keuken.",
    },
    {
      id = "genegeerd",
      title = "Niets gezien, niets gezegd",
      text = "De school maakt met Noor en haar moeders alsnog afspraken voor de keuken: geen ibuprofen, stevig drukken, bellen als het niet stopt. Noor loopt een week met haar vinger in het verband.\n\nAls je haar later vraagt hoe het gaat, zegt ze: “Ik dacht dat niemand het zag.” Je zag het wel.",
      outcome = "geen_vermoeden",
      route = { "school", "zorgteam", "veilig_thuis" },
      debrief = "Deze keer bleek er een onschuldige verklaring te zijn. Maar dat wist je niet. Elk jaar worden in Nederland 119.000 kinderen mishandeld: gemiddeld één in elke klas van dertig. Signalen negeren is ook een besluit, en je nam het alleen. De Meldcode vraagt niet dat je meldt, maar dat je vastlegt, overlegt met de aandachtsfunctionaris, het gesprek aangaat en weegt; Veilig Thuis denkt daarbij mee, ook zonder namen. Dan had de school binnen een week geweten wat Noor in de keuken nodig had. Was het wél mishandeling geweest, dan had ze al die weken alleen gestaan. Veilig Thuis, SAVE en de Raad zijn hier niet nodig; de school blijft betrokken via de afspraken met Noor, en bij nieuwe signalen doorloop je de stappen.",
    },
    {
      id = "niet_vastgelegd",
      title = "Afgesloten, maar niet vastgelegd",
      text = "Februari. Wim werkt inmiddels op een andere school. Een invaldocent ziet in de leskeuken plekken op Noors arm en gaat, terecht, naar de nieuwe zorgcoördinator. In Noors dossier staat niets. De stappen beginnen opnieuw: een gesprek met Noor, een telefoontje naar haar moeders.\n\nNoor zit er met haar armen over elkaar. “Dit heb ik in oktober allemaal al verteld.”",
      outcome = "geen_vermoeden",
      route = { "school", "zorgteam", "veilig_thuis" },
      debrief = "Jullie wogen zorgvuldig en concludeerden terecht: geen vermoeden. Maar bij vraag 1 van het afwegingskader hoort ook: leg het besluit vast in het dossier. Feitelijk: wat je zag, met wie je overlegde, wat de gesprekken opleverden, waarom er geen vermoeden is en wat de school met Noor afsprak. Dat is geen verdachtmaking; het beschermt haar. Een collega die later iets ziet, kan dan nagaan wat al gewogen is, en of het nieuwe signaal daarbij past of juist niet. Past het niet, dan doorloopt de school de stappen opnieuw en kan ze Veilig Thuis om advies vragen. Veilig Thuis, SAVE en de Raad hoefden hier niets te doen.",
    },
  },
}
