-- Case: a 13-year-old who lives with her grandparents tells a student
-- teacher that her uncle, who moved back into the house, comes to her room
-- at night, and asks her to keep it secret. Teaches disclosure of sexual
-- abuse: no promise of secrecy, listen without asking for details, no talk
-- with the guardians first (it could endanger her), consult Veilig Thuis
-- for its expertise and report the same day.
return {
  format = 1,
  id = "het-geheim",
  title = "Het geheim",
  language = "nl",
  languages = { "nl" },
  audience = "Stagiairs, mentoren, docenten en zorgcoördinatoren in het voortgezet onderwijs",
  summary = "Isa (13) woont bij haar opa en oma. Na jouw les vraagt ze of je een geheim kunt bewaren. Jij bent stagiair Nederlands in haar klas.",
  school_type = "vo",
  minutes = 17,
  version = "1.0",
  pass_mark = 0.7,
  start = "opstel",

  characters = {
    isa = { name = "Isa Mulder", role = "leerling 2 havo, 13 jaar" },
    anouk = { name = "Anouk de Ruiter", role = "docent Nederlands, mentor van 2H3 en jouw werkplekbegeleider" },
    derya = { name = "Derya Yilmaz", role = "zorgcoördinator en aandachtsfunctionaris" },
    tineke = { name = "Tineke Mulder", role = "oma van Isa, samen met opa Gerard haar voogd" },
    consulent = { name = "Consulent van Veilig Thuis", role = "0800-2000, dag en nacht bereikbaar" },
  },

  variables = { beloofd = false },

  scenes = {
    {
      id = "opstel", step = "signalen",
      text = "Je loopt stage als leraar Nederlands op het Lindenhof College, in 2 havo. De klas schreef een beschrijvende tekst: ‘Mijn huis’.\n\nIsa Mulder (13) schrijft over de keuken van haar oma, de kat, het uitzicht op het park. Dan de laatste zinnen: ‘Thuis is een plek waar je de deur op slot wilt doen. Maar op mijn deur zit geen slot.’\n\nJe weet dat Isa sinds de herfst elke dag tot vijf uur in de mediatheek zit. Haar cijfers zakken.\n\nWat doe je?",
      choices = {
        {
          text = "Ik zet er ‘Mooi beeldend!’ bij, geef een 7,5 en ga door met de volgende tekst.",
          next = "anouk", points = 0, actors = { "school" },
          feedback = "Als tekst is het misschien mooi, maar deze zinnen zijn ook een signaal. Samen met de mediatheek en de cijfers is het genoeg om vast te leggen en te bespreken.",
        },
        {
          text = "Ik noteer in mijn stagelogboek: ‘Isa wordt thuis misbruikt?’",
          next = "anouk", points = 0, actors = { "school" }, mistake = "interpreteren",
          feedback = "Dat is een vermoeden, geen waarneming, en dan nog een zwaar. Schrijf op wat er staat en wat je ziet, letterlijk en met datum; het duiden doe je samen met anderen.",
        },
        {
          text = "Ik schrijf de zinnen letterlijk over, met datum, en wat ik verder zie. Vandaag laat ik het aan Anouk zien, Isa’s mentor en mijn werkplekbegeleider.",
          next = "anouk", points = 2, actors = { "school" },
          feedback = "Goed: letterlijk, gedateerd, en meteen gedeeld met de mentor. Als stagiair sta je er niet alleen voor, en dat hoeft ook niet.",
        },
      },
    },
    {
      id = "anouk", step = "consultatie", speaker = "anouk",
      text = "Anouk leest de tekst twee keer. ‘De gymdocent zei vorige week dat Isa niet meer wil douchen na de les en zich op de wc omkleedt.’ Ze weet ook dat Isa sinds haar vijfde bij opa en oma woont, die haar voogd zijn. In september is oom Bart, de zoon van opa en oma, weer bij hen ingetrokken.\n\n‘Wat stel jij voor?’",
      choices = {
        {
          text = "Dit is aan jou als mentor. Ik ben maar stagiair; ik laat het verder aan jou over.",
          next = "derya", points = 0,
          feedback = "Ook als stagiair werk je volgens de Meldcode: je signaleert, je legt vast en je blijft alert. Overlaten is iets anders dan samen optrekken.",
        },
        {
          text = "We bellen oma vanavond om te vragen of alles goed gaat thuis.",
          next = "derya", points = 0,
          feedback = "Voordat je ouders of voogden benadert, overleg je met de aandachtsfunctionaris. Bij deze signalen moet eerst gewogen worden of zo’n telefoontje Isa in gevaar kan brengen.",
        },
        {
          text = "Samen naar Derya Yilmaz, de zorgcoördinator. Meerdere signalen bij één leerling: dat bespreken we met de aandachtsfunctionaris.",
          next = "derya", points = 2, actors = { "zorgteam" },
          feedback = "Goed: meerdere signalen zijn reden tot zorg, en dan overleg je met de aandachtsfunctionaris. Zo handelt niemand alleen, jij niet en de mentor niet.",
        },
      },
    },
    {
      id = "derya", step = "consultatie", speaker = "derya",
      text = "Derya Yilmaz luistert naar jullie allebei. ‘Isa is dertien: eerst praten we met haar zelf. Hoe pakken we dat aan?’",
      choices = {
        {
          text = "Anouk voert volgende week een open ‘hoe gaat het’-gesprek met Isa. Ik blijf alert en vertel Derya en Anouk wat me opvalt.",
          next = "na_de_les", points = 2,
          feedback = "Goed: een open gesprek met de leerling zelf, door de mentor, en jij blijft signaleren. Wat je niet kunt plannen, is wanneer een leerling zelf begint te praten.",
        },
        {
          text = "Ik vraag Isa na de les direct of haar oom iets met haar doet.",
          next = "na_de_les", points = -1,
          feedback = "Een suggestieve vraag legt Isa een antwoord in de mond en kan haar dichtslaan. Een gesprek begint open, bij wat je ziet, niet bij een verdachte.",
        },
        {
          text = "We vragen het buurtteam om eens bij opa en oma langs te gaan.",
          next = "na_de_les", points = 0, actors = { "buurtteam" },
          feedback = "Het buurtteam komt pas na een gesprek en met instemming. En bij deze signalen wil je eerst Isa zelf horen voordat iemand thuis iets weet.",
        },
      },
    },
    {
      id = "na_de_les", step = "gesprek", speaker = "isa",
      text = "Donderdag, na het zevende uur. De klas stroomt leeg. Isa blijft zitten en friemelt aan de rits van haar etui. Als iedereen weg is, kijkt ze je aan.\n\n‘Mag ik u iets vragen? Als ik iets vertel, belooft u dan dat u het aan niemand zegt? Ook niet aan mevrouw De Ruiter?’",
      choices = {
        {
          text = "‘Dat kan ik niet beloven. Als jij of iemand anders in gevaar is, moet ik hulp halen. Maar ik vertel je altijd eerst wat ik ga doen.’",
          next = "vertellen", points = 3,
          feedback = "Goed: eerlijk, en met de toezegging dat zij weet wat je doet. Veel leerlingen vertellen daarna toch; wie later merkt dat een belofte gebroken wordt, vertelt niemand meer iets.",
        },
        {
          text = "‘Ik beloof het. Het blijft tussen ons.’",
          next = "vertellen", points = -3, set = { beloofd = true },
          critical = { id = "geheim_beloven" },
          feedback = "Een belofte die je niet kunt houden: om Isa te helpen heb je anderen nodig. Breek je haar later, dan verlies je Isa’s vertrouwen; houd je haar, dan blijft Isa alleen.",
        },
        {
          text = "‘Dan kun je beter naar je mentor of de vertrouwenspersoon gaan. Ik ben maar stagiair.’",
          next = "bijna_weg", points = 0,
          feedback = "Isa heeft jou gekozen. Doorsturen voelt als afwijzen; luister nu, en haal daarna anderen erbij.",
        },
      },
    },
    {
      id = "bijna_weg", step = "gesprek", speaker = "isa",
      text = "Isa pakt haar tas. ‘Laat maar.’ In de deuropening blijft ze staan, met haar rug naar je toe. ‘Het gaat over thuis.’ Ze draait zich om, loopt terug en gaat weer zitten.",
      next = "vertellen",
    },
    {
      id = "vertellen", step = "gesprek", speaker = "isa",
      text = "Isa kijkt naar haar handen. ‘Mijn oom Bart woont sinds september weer bij opa en oma. Hij komt ’s nachts op mijn kamer.’ Ze stopt. ‘Hij zegt dat het ons geheim is. En dat oma doodgaat van verdriet als ze het hoort.’\n\nHet is stil in het lokaal. Hoe reageer je?",
      choices = {
        {
          text = "‘Wat doet hij dan precies? Hoe vaak gebeurt het? Sinds wanneer?’",
          next = "wat_nu", points = -3,
          critical = { id = "verhoren" },
          feedback = "Dit is verhoren. Details uitvragen belast Isa en kan een later verhoor door speciaal getrainde rechercheurs verstoren. Wat je moet weten om hulp te halen, weet je al.",
        },
        {
          text = "Ik blijf rustig en luister. ‘Goed dat je het mij vertelt. Het is niet jouw schuld.’ Ik vraag niet naar details.",
          next = "wat_nu", points = 3,
          feedback = "Goed: rust, erkenning en geen vragen naar wat er precies gebeurde. Zo voelt Isa dat vertellen goed was, en blijft haar verhaal van haar.",
        },
        {
          text = "‘Wat?! Dat is vreselijk. Dat moet je vanavond meteen aan je oma vertellen!’",
          next = "wat_nu", points = 0,
          feedback = "Je schrik is begrijpelijk, maar Isa ziet vooral jouw paniek en krijgt een taak die te zwaar is. Blijf rustig; wie het thuis hoort en wanneer, bepaal je met Veilig Thuis.",
        },
      },
    },
    {
      id = "wat_nu", step = "gesprek", speaker = "isa",
      text = "‘U mag het niet tegen oma zeggen,’ zegt Isa. ‘Oma zegt dat Bart het moeilijk heeft. Ze geloven me toch niet.’ Ze kijkt op de klok. Om vijf uur gaat ze naar huis, zoals elke dag.\n\nWat zeg je?",
      choices = {
        {
          text = "‘Ik bespreek dit nu met mevrouw Yilmaz en we vragen Veilig Thuis om advies. Oma hoort niets tot we weten dat dat veilig is. Wacht jij in de mediatheek?’",
          next = "opschrijven", points = 3, condition = { beloofd = false },
          feedback = "Goed: je zegt eerlijk wat je gaat doen, met wie en wanneer, en je neemt haar angst over oma serieus. En je zorgt dat ze niet om vijf uur vertrekt voordat er een plan is.",
        },
        {
          text = "‘Ik had je dat niet mogen beloven, dat was fout. Ik ga nu naar mevrouw Yilmaz en we vragen Veilig Thuis om hulp. Wacht jij in de mediatheek?’",
          next = "opschrijven", points = 3, condition = { beloofd = true },
          feedback = "Dit is de enige goede weg terug: zeggen dat de belofte fout was, uitleggen waarom, en eerlijk zijn over wat je doet. Isa’s vertrouwen heeft een deuk, maar ze blijft niet alleen.",
        },
        {
          text = "‘Ik heb het beloofd, dus ik houd het voor me. Maar als het weer gebeurt, kom je meteen naar mij.’",
          next = "stilte", points = -3, condition = { beloofd = true },
          feedback = "Zo blijft Isa vannacht weer alleen in dat huis, en ligt de verantwoordelijkheid bij een meisje van dertien. Een belofte die haar onveilig houdt, houd je niet.",
        },
        {
          text = "‘Ik bel nu je oma. Die moet dit weten, ook al is het moeilijk.’",
          next = "oma_weet_het", points = -3,
          critical = { id = "ouders_confronteren_onveilig" },
          feedback = "Bart woont in hetzelfde huis. Als oma het nu hoort, kan ze hem confronteren, Isa onder druk zetten of haar niet geloven, en Isa slaapt er vannacht. Wie het wanneer hoort, bepaal je met Veilig Thuis.",
        },
      },
    },
    {
      id = "opschrijven", step = "signalen",
      text = "Isa gaat naar de mediatheek. Voordat je naar Derya loopt, pak je je aantekeningen. Wat schrijf je op?",
      choices = {
        {
          text = "Ik vraag Isa om in de mediatheek alles op te schrijven wat er gebeurd is, en om de berichtjes van haar oom te laten zien.",
          next = "bij_derya", points = -2,
          critical = { id = "verhoren" },
          feedback = "Dat is bewijs verzamelen. Een verklaring op papier en berichten op haar telefoon zijn voor de politie en Veilig Thuis; door er nu mee bezig te gaan, kan het onderzoek later schade oplopen.",
        },
        {
          text = "‘Isa is seksueel misbruikt door haar oom Bart.’",
          next = "bij_derya", points = 0, mistake = "interpreteren",
          feedback = "Dat is jouw conclusie, niet wat Isa zei. Schrijf haar woorden letterlijk op; wat er precies gebeurde, stellen anderen vast.",
        },
        {
          text = "Datum, tijd, waar we waren, hoe het gesprek begon, en Isa’s woorden letterlijk tussen aanhalingstekens. Wat ik zelf zei ook.",
          next = "bij_derya", points = 2,
          feedback = "Goed: feitelijk en letterlijk, inclusief jouw eigen woorden, zodat later te zien is dat je niets hebt voorgezegd.",
        },
      },
    },
    {
      id = "bij_derya", step = "gesprek", speaker = "derya",
      text = "Derya leest je aantekeningen en haalt Anouk erbij. ‘Stap drie is het gesprek met de leerling en de ouders. Met Isa heb jij gesproken. Opa en oma zijn haar voogd.’ Ze kijkt je aan. ‘Wat doen we met hen?’",
      choices = {
        {
          text = "Nu nog niet. Bart woont in dat huis; als zij het nu horen, kan dat Isa in gevaar brengen. Wanneer en hoe zij het horen, bepalen we met Veilig Thuis.",
          next = "derya_nu", points = 3,
          feedback = "Goed: het gesprek met de ouders of voogden sla je over of stel je uit als het het kind in gevaar brengt. Veilig Thuis kan zo nodig eerst onderzoeken zonder dat zij het weten.",
        },
        {
          text = "We vragen Isa of oma het mag weten, en doen wat zij wil.",
          next = "derya_nu", points = 1,
          feedback = "Isa’s mening telt, en je vraagt haar er ook naar. Maar de beslissing over haar veiligheid leg je niet bij een meisje van dertien; die neemt de school met Veilig Thuis.",
        },
        {
          text = "Derya belt oma nu. Dan horen we hun kant, en kunnen opa en oma Isa beschermen.",
          next = "oma_weet_het", points = -3,
          critical = { id = "ouders_confronteren_onveilig" },
          feedback = "Oma heeft Bart in huis en zegt dat hij het moeilijk heeft. Haar nu inlichten kan leiden tot een confrontatie met Bart of druk op Isa om terug te krabbelen. Eerst Veilig Thuis.",
        },
      },
    },
    {
      id = "derya_nu", step = "consultatie", speaker = "derya",
      text = "Het is tien voor half vijf. ‘Wie bellen we?’ vraagt Derya.",
      choices = {
        {
          text = "We plannen volgende week een zorgoverleg met de gezinswerker van het buurtteam.",
          next = "vt_advies_laat", points = 0, actors = { "buurtteam" },
          feedback = "Bij seksueel geweld is de expertise van Veilig Thuis nodig, en Isa slaapt vannacht in hetzelfde huis als Bart. Dit kan geen week wachten.",
        },
        {
          text = "Veilig Thuis, nu. Het gaat om seksueel geweld, en Isa slaapt vannacht in hetzelfde huis.",
          next = "vt_advies", points = 3, actors = { "veilig_thuis" },
          feedback = "Goed: bij seksueel geweld raadpleeg je Veilig Thuis om zijn expertise, en omdat er vannacht gevaar kan zijn. Veilig Thuis is dag en nacht bereikbaar op 0800-2000.",
        },
        {
          text = "We wachten tot morgen: dan is Anouk als mentor de hele dag op school, en kunnen we het rustig doen.",
          next = "vt_advies_laat", points = 0, mistake = "wachten_tweede_signaal",
          feedback = "Een kind dat over misbruik vertelt, is een ernstig zorgwekkend signaal. Dan handel je vandaag; rust is er pas als Isa veilig is.",
        },
      },
    },
    {
      id = "vt_advies_laat", step = "consultatie", speaker = "derya",
      text = "Anouk schudt haar hoofd. ‘Ze gaat om vijf uur naar huis. Naar hem.’ Derya pakt de telefoon en belt Veilig Thuis.",
      next = "vt_advies",
    },
    {
      id = "vt_advies", step = "consultatie", speaker = "consulent",
      text = "De consulent van Veilig Thuis luistert naar wat Isa letterlijk zei. ‘Goed dat jullie meteen bellen, en goed dat er niet doorgevraagd is. Als het tot aangifte komt, spreekt een speciaal getrainde rechercheur met haar; hoe minder zij al heeft moeten vertellen, hoe beter.\n\nVertel opa en oma nu niets. Wij kunnen eerst onderzoek doen zonder dat zij het weten, als dat Isa beschermt. Maar eerst vannacht: wat weten jullie over vanavond?’",
      next = "vanavond",
    },
    {
      id = "vanavond", step = "wegen", speaker = "derya",
      text = "Derya zet de telefoon even op stil. ‘Isa gaat normaal om vijf uur naar huis. Bart is er ’s avonds. Hoe wegen we dit?’",
      choices = {
        {
          text = "Het gebeurt al maanden; één nacht meer maakt het verschil niet. Morgen melden is ook goed.",
          next = "vt_corrigeert", points = -1,
          feedback = "Juist omdat het al maanden gebeurt en ’s nachts, in haar eigen kamer, is vannacht niet veilig. Dat een kind het nu vertelt, maakt het risico eerder groter dan kleiner.",
        },
        {
          text = "Misbruik ’s nachts door iemand in huis, en ze slaapt daar vannacht: dit is acuut. Isa blijft op school tot Veilig Thuis een veilige plek heeft geregeld.",
          next = "melden", points = 3,
          feedback = "Goed: Isa’s veiligheid is de komende uren niet gegarandeerd. Een kind dat over misbruik vertelt, meld je sowieso; hier moet Veilig Thuis ook vanavond meebeslissen.",
        },
        {
          text = "We sturen haar naar huis met de tip om haar telefoon bij zich te houden en ons te bellen als er iets is.",
          next = "vt_corrigeert", points = 0,
          feedback = "Zo leg je haar veiligheid bij Isa zelf. Een meisje van dertien kan zich ’s nachts niet beschermen tegen een volwassene in huis.",
        },
      },
    },
    {
      id = "vt_corrigeert", step = "wegen", speaker = "consulent",
      text = "Derya zet de telefoon weer aan en legt het voor. De consulent is duidelijk: ‘Ze gaat vanavond niet naar dat huis zonder dat wij weten waar ze slaapt. Houd haar op school. Wij komen.’",
      next = "melden",
    },
    {
      id = "melden", step = "beslissen", speaker = "derya",
      text = "Derya wil de melding doen. ‘Dan het besluit,’ zegt ze. ‘Wat doen we precies?’",
      choices = {
        {
          text = "We melden niet, maar vragen het buurtteam om met opa en oma te gaan praten over de situatie thuis.",
          next = "oma_weet_het", points = -3, actors = { "buurtteam" },
          critical = { id = "alleen_buurtteam_bij_onveiligheid" },
          feedback = "Het buurtteam is er voor hulp, met instemming van het gezin. Bij een onthulling van seksueel misbruik en acute onveiligheid vervangt dat nooit een melding bij Veilig Thuis.",
        },
        {
          text = "Derya meldt nu bij Veilig Thuis, open, met mijn aantekeningen. Veilig Thuis bepaalt mee wanneer opa en oma het horen, en waar Isa vannacht slaapt.",
          next = "isa_vertellen", points = 3, actors = { "veilig_thuis" },
          feedback = "Goed: een kind dat over misbruik vertelt, meld je, en de volgende stappen neem je samen met Veilig Thuis. Open melden maakt de samenwerking makkelijker; wat het gezin hoort, bepaalt Veilig Thuis mee.",
        },
        {
          text = "We wachten met melden tot Isa zegt dat ze er klaar voor is. Het is haar verhaal.",
          next = "toch_melden", points = 0,
          feedback = "Het is haar verhaal, maar niet haar verantwoordelijkheid om zichzelf te beschermen. Je meldt, en je vertelt Isa eerlijk wat je doet.",
        },
      },
    },
    {
      id = "toch_melden", step = "beslissen", speaker = "derya",
      text = "Derya schudt haar hoofd. ‘Isa heeft het ons verteld; daarmee heeft ze de eerste stap al gezet. De volgende stap is aan ons.’ Ze doet de melding, open, met jouw aantekeningen.",
      next = "isa_vertellen",
    },
    {
      id = "isa_vertellen", step = "beslissen",
      text = "Veilig Thuis neemt de melding aan. Een medewerker van het crisisteam komt om half zes naar school. Isa zit nog in de mediatheek. Je loopt met Derya naar haar toe. Wat vertel je haar?",
      choices = {
        {
          text = "Niets nog: ik wil haar niet bang maken voordat Veilig Thuis er is.",
          next = "vt_komt", points = 0,
          feedback = "Isa hoort te weten wat je doet en waarom. Als er straks onverwacht een vreemde binnenkomt, voelt dat voor haar als verraad.",
        },
        {
          text = "‘Je oom wordt opgepakt. Je hoeft niet bang te zijn, hij doet je niets meer.’",
          next = "vt_komt", points = -1,
          feedback = "Dat kun je niet beloven: wat er met Bart gebeurt, beslissen anderen. Beloftes die niet uitkomen, beschadigen het vertrouwen dat je net hebt gewonnen.",
        },
        {
          text = "Eerlijk, in gewone woorden: we hebben Veilig Thuis gebeld, er komt iemand om haar te helpen, ze hoeft vannacht niet naar huis, en het is niet haar schuld.",
          next = "vt_komt", points = 3,
          feedback = "Goed: je doet wat je beloofd hebt. Isa weet wat er gebeurt en waarom, zonder beloftes die je niet kunt waarmaken.",
        },
      },
    },
    {
      id = "vt_komt", step = "beslissen",
      text = "Om half zes komt Mirjam, van het crisisteam van Veilig Thuis. Ze praat een half uur met Isa, met Derya erbij. Daarna belt ze, in overleg met de politie, met opa en oma.\n\nIsa slaapt die nacht bij tante Ellen, de zus van haar overleden moeder. Als ze de school uitloopt, kijkt ze nog één keer om en steekt haar hand op.",
      next = "weken_erna",
    },
    {
      id = "weken_erna", step = "beslissen", speaker = "anouk",
      text = "Drie weken later. Isa woont voorlopig bij tante Ellen; Bart woont niet meer bij opa en oma. Isa zit weer in je les, op de achterste rij. Anouk vraagt: ‘Wat spreken we af over hoe wij haar hier volgen?’",
      choices = {
        {
          text = "Veilig Thuis heeft het nu. Wij doen gewoon weer normaal.",
          next = "einde_gehoord", points = 0, mistake = "kind_uit_beeld",
          feedback = "Gewoon doen is goed, maar de school blijft betrokken. Isa heeft vaste, veilige volwassenen nodig, en Veilig Thuis heeft jullie waarnemingen nodig.",
        },
        {
          text = "Anouk blijft haar vaste aanspreekpunt, afgestemd met Veilig Thuis. Niemand vraagt naar wat er gebeurde; nieuwe signalen gaan naar Derya.",
          next = "einde_gehoord", points = 3,
          feedback = "Goed: een vast aanspreekpunt, geen vragen over het misbruik, en een lijn naar Veilig Thuis. Laat Isa zich even terugtrekken als ze dat nodig heeft; zo blijft de school een veilige plek.",
        },
        {
          text = "We vertellen het hele team wat er gebeurd is, zodat iedereen rekening met haar kan houden.",
          next = "einde_gehoord", points = -1,
          feedback = "Collega’s hoeven alleen te weten wat ze nodig hebben, bijvoorbeeld dat Isa soms even weg mag. De details van het misbruik zijn van Isa, niet van het team.",
        },
      },
    },
    {
      id = "oma_weet_het", step = "gesprek", speaker = "tineke",
      text = "Oma Tineke hoort het aan. Het blijft lang stil. Dan: ‘Dat kan niet. Bart zou nooit…’ Een half uur later staat ze bij de balie en neemt Isa mee naar huis. Isa kijkt niet om.",
      next = "na_oma",
    },
    {
      id = "na_oma", step = "beslissen", speaker = "derya",
      text = "Derya staat bij het raam en ziet de auto wegrijden. ‘Wat nu?’",
      choices = {
        {
          text = "Derya meldt nu bij Veilig Thuis: Isa’s woorden, en dat oma het weet en Isa heeft meegenomen naar het huis waar Bart woont.",
          next = "einde_oma", points = 3, actors = { "veilig_thuis" },
          feedback = "Goed: dit is nu acuut, en Veilig Thuis moet het meteen weten, ook dat het gezin op de hoogte is. Veilig Thuis kan vanavond nog handelen.",
        },
        {
          text = "We wachten tot morgen: misschien praat oma vanavond met Bart en lost het zich op.",
          next = "einde_oma", points = 0, mistake = "wachten_tweede_signaal",
          feedback = "Een gesprek tussen oma en Bart maakt Isa niet veiliger, eerder onveiliger. Een kind dat over misbruik vertelt, meld je, en nu direct.",
        },
        {
          text = "Ik stuur Isa een appje dat ze mij altijd mag bellen.",
          next = "einde_oma", points = 0,
          feedback = "Goed bedoeld, maar zo blijft de bescherming bij een meisje van dertien en haar telefoon. Wat nu nodig is, is een melding.",
        },
      },
    },
    {
      id = "stilte", step = "beslissen",
      text = "Om vijf uur gaat Isa naar huis. Jij zegt niets tegen Derya en niets tegen Anouk.",
      next = "einde_stilte",
    },
  },

  endings = {
    {
      id = "einde_gehoord",
      title = "Gehoord",
      text = "In juni leest Isa een nieuw stuk voor in de klas: ‘Mijn kamer’. Het gaat over het zolderkamertje bij tante Ellen, over de slaapbank en het raam waardoor je de trein ziet. De laatste zin: ‘Op mijn deur zit een slot. Ik gebruik het bijna nooit.’",
      outcome = "melden_onthulling",
      route = { "school", "zorgteam", "veilig_thuis" },
      debrief = "Isa vertelde zelf over misbruik. Dan meld je bij Veilig Thuis, en doe je dat zo: geen geheimhouding beloven, luisteren zonder naar details te vragen, geen bewijs verzamelen, haar letterlijke woorden vastleggen, en de voogden nu niet inlichten omdat dat Isa in gevaar kon brengen. Veilig Thuis werd geraadpleegd om zijn expertise bij seksueel geweld en handelde dezelfde avond, in overleg met de politie. Veilig Thuis kan eerst onderzoek doen zonder medeweten van de ouders, maakt binnen vijf werkdagen een veiligheidsbeoordeling en onderzoekt zelf, schakelt de Raad voor de Kinderbescherming in of leidt door naar hulp of het SAVE-team. Een eventuele aangifte en het verhoor horen bij de politie. De school hoort het na de beoordeling en na het onderzoek, en blijft voor Isa een veilige plek.",
      history = "In het artikel uit 2015 staat al dat Veilig Thuis onderzoek kan doen zonder medeweten van de ouders, juist als kinderen zelf de melder zijn. Sinds 2019 is het afwegingskader verplicht, en daarin is een kind dat zelf over misbruik vertelt een reden om te melden.",
    },
    {
      id = "einde_oma",
      title = "Oma wist het eerst",
      text = "De volgende ochtend zit Isa weer in je les. In de pauze zegt ze tegen Derya dat ze het heeft verzonnen. ‘Ik was boos op Bart.’ Ze kijkt je niet meer aan.\n\nVeilig Thuis onderzoekt de melding, maar Isa praat niet meer, en oma ook niet.",
      outcome = "melden_onthulling",
      route = { "school", "zorgteam", "veilig_thuis" },
      debrief = "Het gesprek met ouders of voogden sla je over of stel je uit als het het kind in gevaar brengt, en dat was hier zo: Bart woont in hetzelfde huis, en oma nam het voor hem op. Nu wist de familie het eerder dan Veilig Thuis, en trok Isa haar verhaal in. Dat betekent niet dat het niet waar was. Bij een onthulling van seksueel misbruik meld je bij Veilig Thuis, dat onderzoek kan doen zonder medeweten van de ouders en bepaalt wanneer zij het horen. Veilig Thuis maakt een veiligheidsbeoordeling, onderzoekt, en betrekt zo nodig de politie, de Raad voor de Kinderbescherming of het SAVE-team. De school hoort het na de beoordeling en na het onderzoek, en blijft Isa volgen, ook als ze zwijgt.",
    },
    {
      id = "einde_stilte",
      title = "Het geheim bewaard",
      text = "Isa zit elke dag tot vijf uur in de mediatheek. In maart komt ze niet meer op school. Als de leerplichtambtenaar bij opa en oma langsgaat, vertelt Isa het aan hem. Ze zegt erbij: ‘Ik had het al aan de stagiair verteld. Die zou het aan niemand zeggen.’",
      outcome = "melden_onthulling",
      route = { "school", "zorgteam", "veilig_thuis" },
      debrief = "Je beloofde geheimhouding en hield je eraan. Daarmee bleef Isa maanden alleen in een onveilig huis. Een kind dat over misbruik vertelt, meld je bij Veilig Thuis; je belooft nooit geheimhouding, maar vertelt wel eerlijk wat je gaat doen. Als stagiair doe je dat niet alleen: je gaat dezelfde dag naar je werkplekbegeleider en de aandachtsfunctionaris. Veilig Thuis raadpleeg je om zijn expertise bij seksueel geweld; het kan onderzoek doen zonder medeweten van de ouders, maakt een veiligheidsbeoordeling en betrekt zo nodig de politie, de Raad voor de Kinderbescherming of het SAVE-team. De school hoort het na de beoordeling en na het onderzoek, en blijft betrokken.",
    },
  },
}
