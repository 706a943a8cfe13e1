-- Case: neglect of two young children while help from the buurtteam runs.
-- Teaches question 5 of the afwegingskader: help that is accepted but does
-- not bring safety in time means running the steps again and reporting to
-- Veilig Thuis; SAVE and the Raad are reached through Veilig Thuis or the
-- buurtteam, never by the school itself. Two side branches: on the late
-- path SAVE's conditions are not met and SAVE asks the Raad to investigate
-- (the school informs the Raad when asked); on the detour "other help
-- first", school and buurtteam conclude they cannot organise effective help
-- in time (question 3) and report.
return {
  format = 1,
  id = "lege-broodtrommel",
  title = "De lege broodtrommel",
  language = "nl",
  languages = { "nl" },
  audience = "Onderwijsassistenten, leerkrachten en intern begeleiders in het basisonderwijs",
  summary = "Kian (7) heeft steeds vaker niets in zijn broodtrommel. Het buurtteam helpt het gezin al sinds november, maar er verandert niets. Jij bent onderwijsassistent in groep 4.",
  school_type = "po",
  minutes = 15,
  version = "1.0",
  pass_mark = 0.7,
  start = "begin",

  characters = {
    kian = { name = "Kian Verbeek", role = "leerling groep 4, 7 jaar" },
    esra = { name = "Juf Esra", role = "leerkracht groep 4" },
    marco = { name = "Marco de Wit", role = "intern begeleider en aandachtsfunctionaris" },
    sabine = { name = "Sabine Koster", role = "gezinswerker, buurtteam" },
    martijn = { name = "Martijn Verbeek", role = "vader van Kian en Noa" },
    ingrid = { name = "Ingrid Bos", role = "directeur" },
    petra = { name = "Petra Alberts", role = "medewerker SAVE-team" },
    consulent = { name = "Consulent van Veilig Thuis", role = "0800-2000" },
    yvonne = { name = "Yvonne Smit", role = "raadsonderzoeker, Raad voor de Kinderbescherming" },
  },

  scenes = {
    {
      id = "begin", step = "signalen",
      text = "Je bent onderwijsassistent in groep 4 van basisschool De Klimop in Utrecht. Kian Verbeek (7) woont sinds de scheiding bij zijn vader Martijn, samen met zijn zusje Noa (5, groep 2).\n\nIn november zaten school, vader en Sabine Koster van het buurtteam om tafel. Vader stemde in met hulp. De afspraken: elke dag ontbijt en lunch, op tijd op school, schone kleren, en vader gaat naar de huisarts over zijn somberheid.\n\nDinsdag 5 maart, lunchpauze. Kian klikt zijn broodtrommel open. Er liggen kruimels in. Hij kijkt om zich heen en pakt de korstjes die Luuk heeft laten liggen. Hij draagt dezelfde trui als vorige week, en er hangt een zurige lucht om hem heen.",
      next = "lunch",
    },
    {
      id = "lunch", step = "signalen", speaker = "kian",
      text = "Kian merkt dat je kijkt. Hij legt de korstjes snel terug en schuift zijn lege trommel onder zijn tafel.\n\n“Ik heb geen honger,” zegt hij.\n\nWat doe je?",
      choices = {
        {
          text = "Je geeft Kian zonder ophef een boterham uit de noodvoorraad en schrijft na de pauze op wat je zag, met datum en tijd.",
          next = "overzicht", points = 2, actors = { "school" },
          feedback = "Goed: eerst zorg je dat hij kan eten, zonder hem voor de klas te zetten. Daarna leg je vast wat je zag, feitelijk en gedateerd: de lege trommel, de korstjes, de trui, de lucht.",
        },
        {
          text = "Je zegt vriendelijk, zo dat de klas het hoort: “Vraag jij papa morgen even om brood mee te geven?”",
          next = "overzicht", points = -1,
          feedback = "Zo maak je een zevenjarige verantwoordelijk voor wat zijn vader nalaat, waar zijn klasgenoten bij zijn. Kian schaamt zich al; een signaal leg je vast, je lost het niet op via het kind.",
        },
        {
          text = "Niets. Het buurtteam zit er al op; dit is nu hun zaak.",
          next = "overzicht", points = 0, mistake = "kind_uit_beeld",
          feedback = "Lopende hulp betekent niet dat de school stopt met kijken. Juist jij ziet of de hulp werkt: wat je nu ziet, is informatie die het buurtteam en de intern begeleider nodig hebben.",
        },
      },
    },
    {
      id = "overzicht", step = "signalen", speaker = "esra",
      text = "Die middag, bij het lezen, zegt Kian uit zichzelf: “Papa slaapt als ik opsta. Dan pak ik cornflakes, maar die waren op.”\n\nNa schooltijd zegt juf Esra: “Ik zie het ook. Hij is vaker te laat, hij krabt de hele dag aan zijn hoofd; bij de luizencontrole had hij in januari al luizen. En de juf van groep 2 zei dat Noa vorige week drie kwartier op het plein stond te wachten. Wil jij op een rij zetten wat we zien? Dan neem ik het mee naar Marco.”\n\nWat schrijf je op?",
      choices = {
        {
          text = "“Sinds januari gaat het weer mis. Vader krijgt het niet voor elkaar en het is thuis vast een puinhoop. Kian wordt verwaarloosd.”",
          next = "overleg", points = 0, actors = { "school" }, mistake = "interpreteren",
          feedback = "Dit zijn conclusies en een vermoeden over een huis dat je nooit zag. Wie het leest, weet niet wat jij hebt waargenomen. Schrijf op wat je zag en hoorde, per datum.",
        },
        {
          text = "Alleen het verzuim uit de administratie: dat zijn de enige harde cijfers. De rest is subjectief.",
          next = "overleg", points = 1, actors = { "school" },
          feedback = "Het verzuim hoort erbij, maar een lege trommel, dezelfde kleding, luizen en Kians eigen woorden zijn net zo goed feiten. Zonder die signalen mist het overzicht het belangrijkste.",
        },
        {
          text = "Per datum: lege trommel (5x sinds 12/2), zelfde trui, zurige lucht, luizen sinds januari, 11x te laat, 6x afwezig, Noa laat opgehaald, Kians eigen woorden.",
          next = "overleg", points = 2, actors = { "school" },
          feedback = "Goed: feiten met datum, wat Kian letterlijk zei en wat collega’s zagen, met bron. Naast de afspraken uit november laat dit overzicht precies zien wat er niet verandert.",
        },
      },
    },
    {
      id = "overleg", step = "consultatie",
      text = "Het overzicht is klaar. Een halve A4, en het wordt steeds voller. Met wie bespreek je het?",
      choices = {
        {
          text = "Je appt Sabine van het buurtteam zelf dat het niet werkt. Zij moet er iets mee.",
          next = "aankijken", points = 1, actors = { "buurtteam" },
          feedback = "De gezinswerker is een goede partner om mee te overleggen, maar je slaat juf Esra en de intern begeleider over. Op school weeg je samen; de intern begeleider is de aandachtsfunctionaris.",
        },
        {
          text = "Je bespreekt het overzicht met juf Esra, en samen gaan jullie naar Marco de Wit, de intern begeleider.",
          next = "aankijken", points = 2, actors = { "zorgteam" },
          feedback = "Goed: je handelt niet alleen. De leerkracht en de aandachtsfunctionaris wegen met je mee en hebben contact met het buurtteam.",
        },
        {
          text = "Je spreekt vader zelf aan bij het hek: “Zo kan het niet langer met Kian.”",
          next = "hek", points = -3, actors = { "school" },
          critical = { id = "alleen_handelen" },
          feedback = "Je gaat alleen op pad, zonder overleg en zonder voorbereiding. Een gesprek met vader bereid je voor met de leerkracht en de intern begeleider, en doe je met feiten, niet bij het hek.",
        },
      },
    },
    {
      id = "hek", step = "consultatie", speaker = "martijn",
      text = "Martijn Verbeek kijkt je verbaasd aan, met Noa aan zijn hand. Andere ouders draaien hun hoofd om.\n\n“Wie ben jij om mij dat te vertellen? Ik heb nachtdienst gehad, ik sta hier toch?” Hij trekt Noa mee.\n\nDe volgende ochtend belt hij Marco boos op. Marco vraagt je langs te komen, met juf Esra, en met het overzicht.",
      next = "aankijken",
    },
    {
      id = "aankijken", step = "consultatie", speaker = "marco",
      text = "Marco leest het overzicht twee keer.\n\n“Ik heb Sabine vorige week nog gesproken. Volgens haar werkt vader goed mee. Hij doet open, hij is lief voor de kinderen, en hij zegt overal ja op. Zullen we het aankijken tot de zomer? Dan heeft de hulp een eerlijke kans gehad.”",
      choices = {
        {
          text = "Tot de zomer aankijken. Vader doet zijn best, en het buurtteam is de deskundige.",
          next = "aangekeken", points = 0, mistake = "kind_uit_beeld",
          feedback = "Vier maanden hulp, en juist de afspraken uit november worden niet gehaald. Een ‘eerlijke kans’ voor de hulp betekent nog een paar maanden honger voor Kian en Noa.",
        },
        {
          text = "Ik regel voortaan zelf elke ochtend ontbijt voor Kian en Noa. Dan is het probleem opgelost.",
          next = "kian_praat", points = 0,
          feedback = "Goedbedoeld, en ontbijt op school kan een afspraak in het hulpplan zijn. Maar als de school het stil oplost, verdwijnt de honger uit beeld en de verwaarlozing niet, en lijkt de hulp beter te werken dan ze doet.",
        },
        {
          text = "De hulp loopt vier maanden en precies de afspraken uit november worden niet gehaald. Ik stel voor Sabine erbij te halen en de hulp samen te evalueren.",
          next = "kian_praat", points = 2, actors = { "buurtteam" },
          feedback = "Goed: je legt de feiten naast de afspraken en betrekt de gezinswerker. Werkt de hulp niet, dan doorloop je de stappen opnieuw, en een evaluatie met Sabine en vader is daarvan het begin.",
        },
      },
    },
    {
      id = "aangekeken", step = "consultatie", speaker = "marco",
      text = "Het wordt april. Kian mist in drie weken vijf dagen. Op maandag valt hij bij de gymles flauw; hij heeft sinds zaterdag niets gegeten, zegt hij. Dezelfde middag vindt de juf van groep 2 Noa om vier uur nog alleen op het plein.\n\nMarco komt naar je toe met het overzicht. “Je had gelijk. Wat doen we nu?”",
      choices = {
        {
          text = "Marco belt nu, met jou erbij, Veilig Thuis: Kian heeft twee dagen niet gegeten en viel flauw, Noa stond alleen op het plein. Kian krijgt eerst te eten, en de kinderen gaan pas naar huis als duidelijk is dat er iemand voor ze zorgt.",
          next = "vt_zelfde_dag", points = 3, actors = { "veilig_thuis" },
          -- Acute danger: Veilig Thuis decides about the talk with the parents and weighs with us.
          skips = { "gesprek", "wegen" },
          feedback = "Juist: dit is een ernstig zorgwekkend signaal. Een kind van zeven dat twee dagen niet heeft gegeten, en een kleuter die om vier uur nog niet is opgehaald: de veiligheid voor vandaag en morgen staat op het spel. Dan wacht je niet en vraag je dezelfde dag Veilig Thuis om advies. Het buurtteam biedt hulp, maar die hulp werkt al maanden niet; Veilig Thuis kan beoordelen of het acuut is en zo nodig direct ingrijpen.",
        },
        {
          text = "We halen Sabine er nu bij. Het buurtteam heeft de hulp; zij moet met vader een nieuw plan maken.",
          next = "kian_praat", points = -3, actors = { "buurtteam" },
          critical = {
            id = "alleen_buurtteam_bij_onveiligheid",
            explanation = "Een kind dat flauwvalt van de honger en een kleuter die alleen op het plein staat, terwijl de hulp al maanden loopt: dat is minstens structurele onveiligheid, en misschien acute. Het buurtteam vervangt dan geen melding: je vraagt dezelfde dag Veilig Thuis om advies.",
          },
          feedback = "Meer hulp van hetzelfde buurtteam, terwijl die hulp al maanden niet werkt en Kian nu flauwvalt van de honger. Bij zo’n ernstig signaal vraag je dezelfde dag Veilig Thuis om advies; het buurtteam kan ernaast blijven helpen, maar vervangt de melding niet.",
        },
        {
          text = "We schrijven het op en bespreken het in het evaluatiegesprek. Flauwvallen kan ook een andere oorzaak hebben.",
          next = "kian_praat", points = 0, mistake = "wachten_tweede_signaal",
          feedback = "Opschrijven is goed, maar wachten niet. Kian zegt zelf dat hij sinds zaterdag niets heeft gegeten, en Noa stond om vier uur alleen. Bij een ernstig zorgwekkend signaal wacht je niet op een volgend: je vraagt dezelfde dag Veilig Thuis om advies.",
        },
      },
    },
    {
      id = "vt_zelfde_dag", step = "consultatie", speaker = "consulent",
      text = "De consulent luistert en vraagt door: wie is er nu thuis, wie kan de kinderen vandaag ophalen? Marco belt vader. Die neemt niet op; oma wel. Zij haalt Kian en Noa op en blijft die nacht bij hen.\n\n“Voor vannacht is het geregeld,” zegt de consulent. “Maar de hulp loopt sinds november en de kinderen krijgen nog steeds geen eten. Dat is structurele onveiligheid: doe vandaag nog een melding. Wij maken binnen vijf werkdagen een veiligheidsbeoordeling.”",
      next = "informeren",
    },
    {
      id = "kian_praat", step = "gesprek", speaker = "kian",
      text = "Donderdag lees je met Kian in de leeshoek. Halverwege legt hij het boek neer.\n\n“Mijn buik doet pijn. Ik heb niet ontbeten. Papa sliep nog, en Noa huilde, want die had ook honger.”",
      choices = {
        {
          text = "“Slaapt papa vaak zo lang? Drinkt hij ’s avonds? Wie zorgt er dan voor Noa?”",
          next = "niet_zeggen", points = 0,
          feedback = "Drie vragen achter elkaar, en de tweede legt hem een antwoord in de mond. Bij een kind van zeven luister je en vat je samen; uitzoeken wat er thuis gebeurt, is niet aan jou.",
        },
        {
          text = "“Wat vervelend, met zo’n buikpijn. Je krijgt zo iets te eten. Hoe gaat het ’s ochtends bij jullie thuis?” Je luistert, zonder door te vragen.",
          next = "niet_zeggen", points = 2,
          feedback = "Goed: je zorgt eerst dat hij eet en stelt één open vraag. Wat hij vertelt, schrijf je daarna letterlijk op. Het gesprek over de zorgen voer je bij een jong kind met de ouder.",
        },
        {
          text = "Je zegt niets en leest verder. Met een kind van zeven praat je daar niet over; dat is iets voor het gesprek met vader.",
          next = "niet_zeggen", points = 1,
          feedback = "Het klopt dat je bij jonge kinderen de zorgen met de ouders bespreekt. Maar Kian vertelt je iets en heeft honger: luisteren en hem iets te eten geven, hoort er wel bij.",
        },
      },
    },
    {
      id = "niet_zeggen", step = "gesprek", speaker = "kian",
      text = "Kian kijkt je opeens geschrokken aan.\n\n“Niet tegen papa zeggen, hoor. Dan wordt hij verdrietig. Hij huilt soms, als hij denkt dat wij slapen.”",
      choices = {
        {
          text = "“Dan moet je het zelf maar tegen papa zeggen. Dat is het beste.”",
          next = "evaluatie", points = 0,
          feedback = "Zo schuif je de verantwoordelijkheid terug naar een kind van zeven dat al voor zijn zusje zorgt. Het gesprek met vader is een taak van de volwassenen op school.",
        },
        {
          text = "“Ik zeg niks, dat beloof ik.”",
          next = "belofte_gevolg", points = -3,
          critical = { id = "geheim_beloven" },
          feedback = "Een belofte die je niet kunt houden: om Kian en Noa te helpen moet dit op tafel komen, ook bij vader. Dan breek je je woord aan een kind dat je net vertrouwde.",
        },
        {
          text = "“Goed dat je het vertelt. Je hebt niks verkeerd gedaan. Ik ga erover praten met juf Esra en meester Marco, want wij willen dat jij en Noa elke dag eten.”",
          next = "evaluatie", points = 2,
          feedback = "Goed: je belooft geen geheim, zegt in kindertaal wat je gaat doen en met wie, en haalt de schuld bij hem weg.",
        },
      },
    },
    {
      id = "belofte_gevolg", step = "gesprek", speaker = "kian",
      text = "Kian knikt opgelucht.\n\nTwee weken later, na het gesprek met vader, komt Kian niet meer naar je toe bij het lezen. Als je naast hem gaat zitten, draait hij zich om. “Jij hebt het toch gezegd,” fluistert hij.",
      next = "evaluatie",
    },
    {
      id = "evaluatie", step = "gesprek", speaker = "martijn",
      text = "Evaluatiegesprek: Marco, Sabine, juf Esra, jij en Martijn Verbeek. Marco vraagt jou te vertellen wat je ziet, omdat jij Kian elke dag bij de lunch meemaakt.\n\nVader zit voorovergebogen. “Ik doe echt mijn best. Ik draai nachten in het distributiecentrum, ik kom om zeven uur thuis en dan val ik om. Die afspraken met Sabine… ik vergeet ze gewoon. Naar de huisarts ben ik nog niet geweest. Het komt wel goed.”",
      choices = {
        {
          text = "“Als vader bent u verplicht voor eten te zorgen. Dit is gewoon verwaarlozing.”",
          next = "na_evaluatie", points = -1,
          feedback = "Een oordeel en een etiket in plaats van feiten. Vader sluit zich af, en juist zijn medewerking is nodig. Vertel wat je zag en wat het met Kian doet.",
        },
        {
          text = "“We snappen dat het zwaar is. Het komt vast goed.”",
          next = "na_evaluatie", points = 0,
          feedback = "Begrip is goed, maar zo verdwijnen de zorgen van tafel. Het doel van dit gesprek is dat iedereen de ernst begrijpt, ook vader.",
        },
        {
          text = "Je vertelt per datum wat je ziet: de lege trommel, de buikpijn, de schaamte bij de lunch, Noa op het plein. En dat Kian zei dat hij papa soms hoort huilen.",
          next = "na_evaluatie", points = 2,
          feedback = "Goed: concrete feiten en wat ze met Kian doen, zonder oordeel. Dat Kian zich zorgen maakt om zijn vader, laat vader zien dat het niet om schuld gaat, maar om zijn kinderen.",
        },
      },
    },
    {
      id = "na_evaluatie", step = "wegen", speaker = "sabine",
      text = "Vader belooft opnieuw dat hij naar de huisarts gaat. Marco spreekt af dat de school Sabine elke week laat weten hoe het gaat.\n\nNa afloop, op de gang, zegt Sabine zacht: “Hij zegt overal ja op en doet dan niets. Van de laatste acht afspraken heeft hij er vijf afgezegd.”\n\nTwee weken later is Kian drie dagen ziek gemeld, zonder dat iemand belde. Zijn hoofdhuid is open gekrabd. Noa’s trommel is ook leeg. Marco roept jullie bij elkaar.",
      next = "wegen",
    },
    {
      id = "wegen", step = "wegen", speaker = "marco",
      text = "Marco heeft het afwegingskader voor zich liggen. “Vader heeft ingestemd met hulp, en die hulp loopt. Dat hebben we gehad. De vraag is nu: brengt die hulp op tijd de veiligheid die Kian en Noa nodig hebben?”",
      choices = {
        {
          text = "Vader werkt mee, in woorden. Zolang hij de hulp accepteert, is er geen reden om te melden.",
          next = "beslissen", points = 0,
          feedback = "Instemmen met hulp is iets anders dan veiligheid. De vraag van het afwegingskader is of de hulp op tijd resultaat geeft, en na vier maanden is het eerder slechter dan beter.",
        },
        {
          text = "Nee. Vier maanden hulp, geen van de afspraken gehaald, en het wordt slechter, ook bij Noa. De stappen opnieuw door, en melden.",
          next = "beslissen", points = 3,
          feedback = "Juist: hulp die niet op tijd veiligheid brengt, is reden om de stappen opnieuw te doorlopen en te melden bij Veilig Thuis. Honger, verwaarlozing en verzuim die maanden aanhouden, schaden de ontwikkeling van beide kinderen.",
        },
        {
          text = "Dit is acuut: Kian en Noa mogen vandaag niet mee naar huis.",
          next = "beslissen", points = 0,
          feedback = "Ernstig, maar niet acuut: er is geen direct gevaar in de komende uren. Kinderen niet meegeven kan de school niet zomaar doen. Twijfel je of het acuut is, bel dan Veilig Thuis.",
        },
      },
    },
    {
      id = "beslissen", step = "beslissen", speaker = "ingrid",
      text = "Directeur Ingrid Bos schuift aan. Ze heeft het overzicht gelezen.\n\n“Dit duurt al veel te lang. Wat mij betreft bellen we vandaag de Raad voor de Kinderbescherming. Die kunnen vader tenminste iets opleggen.”\n\nMarco kijkt naar jou. “Wat vind jij?”",
      choices = {
        {
          text = "Ingrid heeft gelijk: de school belt de Raad voor de Kinderbescherming. Vrijwillige hulp heeft zijn kans gehad.",
          next = "raad_verwijst", points = -1, actors = { "raad" }, mistake = "zelf_naar_raad",
          feedback = "De school gaat niet zelf naar de Raad. De Raad wordt ingeschakeld door Veilig Thuis of het SAVE-team; de school meldt bij Veilig Thuis.",
        },
        {
          text = "Marco meldt bij Veilig Thuis, met het overzicht en de evaluatie van de hulp. Sabine geeft door wat zij ziet.",
          next = "informeren", points = 3, actors = { "veilig_thuis" },
          feedback = "Juist: de hulp brengt niet op tijd veiligheid, dus meld je (opnieuw) bij Veilig Thuis. Die beoordeelt de veiligheid en kan het SAVE-team of de Raad inschakelen.",
        },
        {
          text = "Nog een ronde buurtteam, maar dan steviger: Sabine komt twee keer per week in plaats van één keer.",
          next = "nog_een_ronde", points = -3, actors = { "buurtteam" },
          critical = {
            id = "alleen_buurtteam_bij_onveiligheid",
            explanation = "De hulp van het buurtteam is al vier maanden aanvaard en brengt geen veiligheid. Meer van hetzelfde vervangt de melding niet: als hulp niet werkt, doorloop je de stappen opnieuw en meld je bij Veilig Thuis.",
          },
          feedback = "Meer van dezelfde hulp, terwijl vader de afspraken nu al niet nakomt. Kian en Noa wachten weer maanden. Als de hulp niet werkt, meld je.",
        },
        {
          text = "Eerst andere hulp: Sabine gaat met vader naar de huisarts voor de GGZ, en de school geeft Kian en Noa ontbijt. Lukt dat niet in twee weken, dan melden we.",
          next = "andere_hulp", points = -3,
          critical = {
            id = "alleen_buurtteam_bij_onveiligheid",
            explanation = "De hulp van het buurtteam brengt al vier maanden geen veiligheid. Eerst nog andere hulp zoeken, en pas melden als die ook niet lukt, vervangt de melding: je meldt nu, en welke hulp erbij nodig is, bepaal je daarna samen met Veilig Thuis.",
          },
          feedback = "De hulp werkt al vier maanden niet. Dan is melden de eerste beslissing; welke andere hulp erbij nodig is, bepaal je daarna samen met Veilig Thuis. Nog twee weken zoeken is twee weken langer wachten voor Kian en Noa.",
        },
      },
    },
    {
      id = "raad_verwijst", step = "beslissen", speaker = "ingrid",
      text = "Ingrid belt de Raad voor de Kinderbescherming. Het gesprek duurt vier minuten.\n\n“Een school kan niet rechtstreeks bij hen terecht,” zegt ze als ze ophangt. “We moeten melden bij Veilig Thuis. Die kunnen de Raad om een onderzoek vragen, als dat nodig is.”\n\nHet is donderdagmiddag. Kian staat bij het raam te wachten op zijn vader, die er nog niet is.",
      choices = {
        {
          text = "We wachten eerst af of de Raad ons nog terugbelt; het gesprek is genoteerd.",
          next = "omweg", points = 0, mistake = "kind_uit_beeld",
          feedback = "De Raad heeft duidelijk gezegd dat dit niet via hen loopt. Wachten kost Kian en Noa weer weken.",
        },
        {
          text = "Marco meldt nu alsnog bij Veilig Thuis, met het overzicht en de evaluatie van de hulp, en vertelt vader vooraf dat de school meldt.",
          next = "omweg", points = 2, actors = { "veilig_thuis" },
          feedback = "Goed, nu langs de juiste weg. Veilig Thuis beoordeelt de veiligheid en schakelt zo nodig het SAVE-team of de Raad in.",
        },
      },
    },
    {
      id = "nog_een_ronde", step = "beslissen", speaker = "sabine",
      text = "Sabine komt twee keer per week. Vader zegt de helft van de afspraken af. In mei is Kian elf dagen afwezig.\n\nOp een vrijdagavond in juni vindt een buurvrouw Noa om acht uur op straat, in haar pyjama, op zoek naar haar vader. De politie brengt haar naar oma en meldt het bij Veilig Thuis.\n\nMaandag staat Sabine bij Marco op de stoep. “Ik had dit eerder moeten aankaarten. Wat doen jullie?”",
      choices = {
        {
          text = "Het is bijna zomervakantie. We pakken het na de zomer op met een nieuw plan.",
          next = "te_lang", points = 0, mistake = "kind_uit_beeld",
          feedback = "Zes weken zomervakantie zonder school is zes weken zonder iemand die Kian en Noa ziet. Juist nu niet uitstellen.",
        },
        {
          text = "Sabine vraagt vader of hij instemt met het SAVE-team. Dan is de school klaar.",
          next = "te_lang", points = 1, actors = { "save" },
          feedback = "Het buurtteam mag het SAVE-team erbij halen als vader instemt, en dat kan helpen. Maar de school is niet klaar: de hulp werkt niet, dus meldt de school haar informatie bij Veilig Thuis.",
        },
        {
          text = "De hulp werkt aantoonbaar niet. Marco meldt vandaag bij Veilig Thuis, met het overzicht van de school, naast de melding van de politie.",
          next = "save_start", points = 2, actors = { "veilig_thuis" },
          feedback = "Goed, nu alsnog. Veilig Thuis heeft de politiemelding over één avond; de school heeft het beeld van maanden. Beter was geweest: melden zodra bleek dat de hulp niet werkte.",
        },
      },
    },
    {
      id = "informeren", step = "beslissen", speaker = "marco",
      text = "Marco gaat melden. “Vader moet het van ons horen, niet van Veilig Thuis,” zegt hij. “Hoe pakken we dat aan?”",
      choices = {
        {
          text = "Marco en Sabine vertellen vader vooraf dat de school meldt, en waarom. Ze vragen geen toestemming; ze leggen uit wat er gaat gebeuren.",
          next = "na_melding", points = 2,
          feedback = "Goed: je informeert de ouder vooraf, open en met de zorg om de kinderen voorop. Toestemming is niet nodig, en er is geen reden om te denken dat dit gesprek iemand in gevaar brengt.",
        },
        {
          text = "We vragen vader: “Vindt u het goed dat wij Veilig Thuis inschakelen?”",
          next = "na_melding", points = 0, mistake = "toestemming_vragen_melden",
          feedback = "Je vraagt iets wat je niet hoeft te vragen. Zegt vader nee, dan meld je toch, en dan voelt hij zich bedrogen. Informeer hem, vraag geen toestemming.",
        },
        {
          text = "We melden zonder vader iets te zeggen. Anders wordt hij misschien boos op Kian.",
          next = "na_melding", points = 0,
          feedback = "Alleen als het gesprek de veiligheid van kind, gezin of jezelf bedreigt, mag je vader vooraf niet informeren. Daar is hier niets van gebleken: vader is somber, niet gewelddadig.",
        },
      },
    },
    {
      id = "na_melding", step = "beslissen", speaker = "petra",
      text = "Veilig Thuis maakt binnen vijf werkdagen een veiligheidsbeoordeling en spreekt vader, Sabine en de school. Omdat de vrijwillige hulp niet werkte, leidt Veilig Thuis het gezin door naar het SAVE-team.\n\nPetra Alberts van SAVE belt Marco. “Ik organiseer een netwerkberaad met vader, Sabine, de oma van de kinderen en de school. Daar maken we concrete voorwaarden. Komen jullie?”",
      choices = {
        {
          text = "Het ligt nu bij Veilig Thuis en het SAVE-team. De school hoeft niet te komen; wij zijn geen hulpverleners.",
          next = "raad_brief", points = 0, mistake = "kind_uit_beeld",
          feedback = "De school ziet Kian en Noa elke dag; zonder school weet SAVE niet of de voorwaarden werken. Na een melding blijft de school betrokken.",
        },
        {
          text = "Marco en jij gaan. Jullie brengen in wat de school ziet, en spreken af hoe de school SAVE en Sabine wekelijks laat weten hoe het gaat.",
          next = "raad_brief", points = 2, actors = { "save" },
          feedback = "Goed: de school blijft betrokken vanuit haar eigen rol. Jullie wekelijkse waarnemingen zijn precies wat SAVE nodig heeft om te zien of het plan resultaat geeft.",
        },
        {
          text = "Marco gaat alleen. Jij neemt voortaan elke dag extra brood mee voor Kian en Noa; dan hoeft dat niet in het plan.",
          next = "raad_brief", points = 1,
          feedback = "Marco erbij is goed. Maar als jij de lunch stil oplost, ziet SAVE niet of vader de voorwaarden haalt. Eten op school kan, als het een afspraak is in het plan.",
        },
      },
    },
    {
      id = "raad_brief", step = "beslissen", speaker = "ingrid",
      text = "Juni. Het plan loopt zes weken. Oma brengt de kinderen drie ochtenden per week; vader is naar de huisarts geweest. Maar op de andere dagen is Kians trommel nog vaak leeg, en vader zegt twee afspraken met Petra af.\n\nIngrid komt je lokaal binnen. “Ik heb een brief aan de Raad voor de Kinderbescherming opgesteld. Wij zien dit al een jaar. Die moeten maar eens onderzoek doen.”",
      choices = {
        {
          text = "“Niet doen. Petra van SAVE beslist of de Raad erbij moet. Wij geven haar vandaag onze feiten van de afgelopen weken.”",
          next = "opnieuw_gemeld", points = 2, actors = { "save" },
          feedback = "Juist: het SAVE-team of Veilig Thuis schakelt de Raad in, niet de school. Jouw feiten helpen Petra om te beoordelen of de voorwaarden gehaald worden.",
        },
        {
          text = "“Goed idee. Hoe meer instanties het weten, hoe beter.”",
          next = "omweg", points = -1, actors = { "raad" }, mistake = "zelf_naar_raad",
          feedback = "De school gaat niet zelf naar de Raad. Een brief buiten SAVE om doorkruist het plan en kost tijd: de Raad verwijst terug naar wie de zaak al heeft.",
        },
        {
          text = "“We zeggen niets. SAVE weet het vast al.”",
          next = "opnieuw_gemeld", points = 0, mistake = "kind_uit_beeld",
          feedback = "SAVE weet alleen wat iemand vertelt. De lege trommels op de dagen zonder oma zijn precies de informatie die Petra nodig heeft.",
        },
      },
    },
    {
      id = "save_start", step = "beslissen", speaker = "petra",
      text = "Veilig Thuis beoordeelt de melding van de politie en die van de school samen, en leidt het gezin door naar het SAVE-team.\n\nEind juni organiseert Petra Alberts van SAVE een netwerkberaad met vader, Sabine, oma en de school. De voorwaarden: elke ochtend ontbijt en op tijd op school, Noa nooit meer alleen op het plein, vader begint bij de GGZ. Oma brengt de kinderen drie ochtenden per week.\n\nOver drie weken begint de zomervakantie. Petra: “Wat kan de school doen?”",
      choices = {
        {
          text = "Marco en jij doen mee. Jullie vertellen wat de school ziet, en spreken af dat Marco in de eerste week na de zomer aan Petra laat weten hoe het gaat.",
          next = "september", points = 2, actors = { "save" },
          feedback = "Goed: de school blijft betrokken vanuit haar eigen rol. SAVE controleert of de voorwaarden werken, en de school ziet dat na de zomer als eerste.",
        },
        {
          text = "Jij vertelt in het beraad alleen wat goed gaat. Vader zit erbij, en je wilt hem niet afvallen waar oma bij is.",
          next = "september", points = 0, actors = { "save" },
          feedback = "Zo krijgt SAVE een te mooi beeld. Feiten zonder oordeel kun je noemen waar vader bij is: wat goed gaat én wat zorgen geeft.",
        },
        {
          text = "In de zomer kan de school niets doen. Na de vakantie horen we wel hoe het is gegaan.",
          next = "september", points = 0, mistake = "kind_uit_beeld",
          feedback = "Na een melding blijft de school betrokken. Juist na zes weken zonder school is wat jullie in de eerste week zien belangrijk voor SAVE.",
        },
      },
    },
    {
      id = "september", step = "signalen", speaker = "esra",
      text = "De eerste schoolweek na de zomer. Kian is twee ochtenden te laat en heeft geen brood bij zich. Zijn hoofd zit weer vol luizen. Noa vertelt dat ze in de zomer ‘heel vaak’ bij oma sliep.\n\nJuf Esra: “Wat doen we hiermee?”",
      choices = {
        {
          text = "Even afwachten. Na zes weken vakantie moet iedereen weer wennen, ook vader.",
          next = "voorwaarden", points = 0, mistake = "kind_uit_beeld",
          feedback = "Dit zijn precies de voorwaarden die SAVE controleert: op tijd, ontbijt, verzorging. SAVE kan alleen bijsturen als de school doorgeeft wat ze ziet.",
        },
        {
          text = "Je vraagt Kian elke ochtend of papa al wakker was toen hij opstond, en schrijft zijn antwoorden op.",
          next = "voorwaarden", points = 0,
          feedback = "Zo maak je Kian de informant over zijn eigen vader. Kijk en luister, en schrijf op wat je ziet; vragen stellen over thuis is aan SAVE en Veilig Thuis.",
        },
        {
          text = "Je schrijft per dag op wat je ziet, en Marco geeft het vrijdag aan Petra door, zoals afgesproken.",
          next = "voorwaarden", points = 2, actors = { "save" },
          feedback = "Goed: feiten met datum, doorgegeven aan wie de voorwaarden controleert. Zo weet SAVE na de zomer meteen hoe het gaat.",
        },
      },
    },
    {
      id = "voorwaarden", step = "beslissen", speaker = "petra",
      text = "Eind september belt Petra. Vader heeft in de zomer drie afspraken met haar afgezegd en is niet bij de GGZ begonnen. Oma kan niet meer elke ochtend. De voorwaarden worden niet gehaald.\n\n“Vrijwillig lukt het niet,” zegt Petra. “SAVE vraagt de Raad voor de Kinderbescherming om onderzoek. Ik heb het vader zelf verteld. De Raad gaat ook met de school praten.”",
      next = "raad_belt",
    },
    {
      id = "raad_belt", step = "beslissen", speaker = "yvonne",
      text = "Oktober. Yvonne Smit, raadsonderzoeker van de Raad voor de Kinderbescherming, belt Marco. Ze onderzoekt of Kian en Noa een kinderbeschermingsmaatregel nodig hebben, en wil weten wat de school ziet. Vader weet dat de Raad de school belt.\n\nMarco vraagt jou erbij, omdat jij Kian elke dag meemaakt. Wat vertel je?",
      choices = {
        {
          text = "“Zonder schriftelijke toestemming van vader mogen wij niets over Kian zeggen.”",
          next = "na_raad", points = 0,
          feedback = "De school mag de Raad de informatie geven die nodig is voor het onderzoek, ook zonder toestemming van vader. Zwijgen helpt Kian en Noa niet.",
        },
        {
          text = "“Ze moeten uit huis. Vader krijgt het nooit voor elkaar, dat ziet iedereen.”",
          next = "na_raad", points = 0, mistake = "interpreteren",
          feedback = "Dat is een oordeel over een maatregel, en die afweging is aan de Raad en de kinderrechter. De school vertelt wat ze ziet, met data.",
        },
        {
          text = "Je vertelt met het overzicht erbij wat je zag, per datum, ook wat beter ging; wat je van anderen hoorde, met de bron. Marco vertelt vader wat de school zei.",
          next = "na_raad", points = 2, actors = { "raad" },
          feedback = "Goed: feiten, met de bron erbij, zonder oordeel, en open naar vader. Zo kan de Raad zorgvuldig onderzoeken, en blijft de school voor vader de school van zijn kinderen, geen tegenpartij.",
        },
      },
    },
    {
      id = "na_raad", step = "beslissen", speaker = "marco",
      text = "Januari. De Raad heeft de kinderrechter gevraagd om een ondertoezichtstelling, en de rechter heeft die uitgesproken, voor een jaar. Kian en Noa blijven bij vader wonen. Een jeugdbeschermer gaat met vader aan de slag en kan hem zo nodig schriftelijke aanwijzingen geven, bijvoorbeeld om de behandeling bij de GGZ te volgen.\n\nMarco: “Wat betekent dit voor ons?”",
      choices = {
        {
          text = "De school blijft: Marco is het aanspreekpunt voor de jeugdbeschermer, jullie geven door wat opvalt, en voor Kian blijf jij gewoon wie je was.",
          next = "raad_onderzoek", points = 2,
          feedback = "Goed: ook onder toezicht blijft de school betrokken. Jullie zien Kian en Noa elke dag, en de jeugdbeschermer heeft die waarnemingen nodig.",
        },
        {
          text = "Nu de rechter erover gaat, is het niet meer aan ons. Wij houden ons erbuiten.",
          next = "raad_onderzoek", points = 0, mistake = "kind_uit_beeld",
          feedback = "Een maatregel is geen eindpunt voor de school. Zonder de school weet de jeugdbeschermer niet hoe het met Kian en Noa gaat op de dagen zonder afspraak.",
        },
        {
          text = "Je legt Kian uit dat papa nu ‘onder toezicht’ staat, omdat hij niet goed voor hem zorgde.",
          next = "raad_onderzoek", points = 0,
          feedback = "Zo leg je een oordeel over zijn vader bij een kind van zeven. Wat Kian over de maatregel hoort, bespreken de jeugdbeschermer en vader met hem; jij bent er voor hem op school.",
        },
      },
    },
    {
      id = "andere_hulp", step = "beslissen", speaker = "sabine",
      text = "Twee weken later. Sabine is met vader naar de huisarts geweest. “De verwijzing naar de GGZ is rond, maar de wachttijd is veertien weken. Iemand die elke ochtend helpt, heeft het buurtteam niet, en oma kan maar twee ochtenden. Wat dit gezin nu nodig heeft, kan ik niet bieden.”\n\nKian kreeg op school ontbijt, maar zijn trommel was vier keer leeg en hij was drie keer te laat.\n\nMarco: “Kunnen wij, met Sabine, nog hulp bieden of organiseren die op tijd werkt?”",
      choices = {
        {
          text = "Nee. Dan melden we nu bij Veilig Thuis, met het overzicht, de evaluatie en wat Sabine uitzocht. Marco vertelt vader vooraf dat de school meldt.",
          next = "vt_terugkoppeling", points = 3, actors = { "veilig_thuis" },
          feedback = "Juist: vraag 3 van het afwegingskader. Kunnen school en buurtteam geen hulp bieden of organiseren die op tijd werkt, dan meld je. Vader hoort het vooraf, zonder dat je toestemming vraagt.",
        },
        {
          text = "Ja: we wachten de veertien weken af. Tot die tijd blijft de school ontbijt geven.",
          next = "wachtlijst", points = -3,
          critical = {
            id = "alleen_buurtteam_bij_onveiligheid",
            explanation = "Een plek op een wachtlijst en ontbijt op school zijn geen hulp die op tijd veiligheid brengt. Kunnen school en buurtteam geen effectieve hulp organiseren, dan vervangt wachten de melding niet: je meldt bij Veilig Thuis.",
          },
          feedback = "Hulp die pas over veertien weken begint, brengt Kian en Noa nu geen veiligheid, en ontbijt op school verhult de verwaarlozing. Als er geen effectieve hulp mogelijk is, meld je.",
        },
      },
    },
    {
      id = "wachtlijst", step = "beslissen", speaker = "marco",
      text = "Vijf weken later komt Kian drie dagen niet op school; niemand meldt hem ziek. Als hij terugkomt, heeft hij een ontstoken wond op zijn knie waar niemand naar heeft gekeken. De GGZ heeft nog geen plek.\n\nMarco: “We hadden niet moeten wachten.” Hij belt vader dat de school meldt, en meldt dezelfde middag bij Veilig Thuis.",
      next = "vt_terugkoppeling",
    },
    {
      id = "vt_terugkoppeling", step = "beslissen", speaker = "consulent",
      text = "Vier werkdagen later belt Veilig Thuis Marco: de veiligheidsbeoordeling is klaar. Geen acuut gevaar, maar de zorg voor Kian en Noa schiet al maanden tekort. Veilig Thuis doet zelf onderzoek en kijkt met vader welke hulp er wél op tijd kan komen.\n\n“Wilt u ons laten weten wat u op school ziet?” Marco kijkt naar jou.",
      choices = {
        {
          text = "Het ligt nu bij Veilig Thuis. De school trekt zich terug, dan voelt vader zich niet gecontroleerd.",
          next = "geen_hulp", points = 0, mistake = "kind_uit_beeld",
          feedback = "Na een melding blijft de school betrokken. Veilig Thuis heeft jullie dagelijkse waarnemingen nodig voor het onderzoek.",
        },
        {
          text = "Je blijft Kian stilletjes extra brood geven en zegt er niets over; dan hoeft vader zich niet te schamen.",
          next = "geen_hulp", points = 1,
          feedback = "Eten geven is goed, maar als niemand het weet, lijkt het thuis beter te gaan dan het gaat. Spreek het af met Veilig Thuis, dan hoort het bij het plan.",
        },
        {
          text = "Jij schrijft per dag op wat je ziet, Marco geeft het elke week door, en de school schuift aan als Veilig Thuis een overleg plant.",
          next = "geen_hulp", points = 2, actors = { "veilig_thuis" },
          feedback = "Goed: de school blijft betrokken vanuit haar eigen rol en geeft feiten door aan wie nu onderzoekt.",
        },
      },
    },
  },

  endings = {
    {
      id = "opnieuw_gemeld",
      title = "Opnieuw de stappen door, en gemeld",
      text = "Petra gebruikt de feiten van de school in het volgende netwerkberaad. Vader krijgt hulp bij zijn somberheid; oma neemt er een vierde ochtend bij, en de buurvrouw een vijfde. Na de zomer is Kians trommel elke dag gevuld. Op een dinsdag in september laat hij je trots zien wat erin zit: “Die heb ik zelf gesmeerd. Met papa.”",
      outcome = "melden_hulp_onvoldoende",
      route = { "school", "zorgteam", "buurtteam", "veilig_thuis", "save" },
      debrief = "Vader stemde in met hulp, maar die hulp bracht niet op tijd veiligheid: dat is reden om de stappen opnieuw te doorlopen en te melden bij Veilig Thuis. Veilig Thuis maakte binnen vijf werkdagen een veiligheidsbeoordeling en leidde het gezin door naar het SAVE-team. SAVE analyseert met gezin en netwerk de veiligheid, stelt concrete voorwaarden en controleert of het plan werkt. Blijft het resultaat onvoldoende, dan schakelt SAVE de Raad voor de Kinderbescherming in; de school doet dat nooit zelf. Veilig Thuis informeert de school als melder. De school blijft betrokken: ze ziet de kinderen elke dag, geeft haar waarnemingen door aan SAVE en Sabine, en let ook op Noa.",
      history = "In het verhaal uit 2015 besliste de leraar of zelf hulp organiseren genoeg was, en gold al: als de hulp niet werkt, doorloop je de stappen opnieuw. Sinds 2019 staat dat als vijfde vraag in het afwegingskader: brengt de hulp op tijd de nodige veiligheid? Nee: (opnieuw) melden.",
    },
    {
      id = "te_lang",
      title = "Te lang dezelfde hulp",
      text = "Noa slaapt die zomer vaak bij oma. Veilig Thuis onderzoekt de situatie na de politiemelding en leidt het gezin door naar het SAVE-team. In september begint Kian in groep 5 met een achterstand in lezen en rekenen. Juf Esra zegt: “We wisten het in maart al.”",
      outcome = "melden_hulp_onvoldoende",
      route = { "school", "zorgteam", "buurtteam", "veilig_thuis", "save" },
      debrief = "De hulp van het buurtteam was al aanvaard en werkte niet. Meer van dezelfde hulp was geen antwoord: als hulp niet op tijd veiligheid brengt, doorloop je de stappen opnieuw en meld je bij Veilig Thuis. Veilig Thuis beoordeelt dan de veiligheid en schakelt het SAVE-team in, dat voorwaarden stelt en zo nodig de Raad voor de Kinderbescherming inschakelt. Het buurtteam kan het SAVE-team ook zelf erbij halen, met instemming van vader, maar dat ontslaat de school niet van de vraag of zij moet melden. De school blijft betrokken en geeft haar waarnemingen door aan SAVE.",
    },
    {
      id = "omweg",
      title = "De omweg via de Raad",
      text = "Het telefoontje of de brief naar de Raad voor de Kinderbescherming levert niets op: de Raad verwijst terug. Intussen gaat het gewoon door. Kian zit in de leeshoek met zijn jas aan, omdat hij het koud heeft. Als je vraagt of hij heeft ontbeten, haalt hij zijn schouders op.",
      outcome = "melden_hulp_onvoldoende",
      route = { "school", "zorgteam", "buurtteam", "veilig_thuis", "save" },
      debrief = "De school gaat niet zelf naar de Raad voor de Kinderbescherming. Werkt de hulp niet, dan meldt de school bij Veilig Thuis. Veilig Thuis beoordeelt binnen vijf werkdagen de veiligheid en kan het gezin doorleiden naar het SAVE-team; het SAVE-team of Veilig Thuis schakelt de Raad in als dat nodig is. Loopt er al een SAVE-traject, dan brengt de school haar zorgen daar in. Zo komt de informatie van de school terecht bij wie de beslissing neemt, en blijft de school betrokken bij Kian en Noa.",
    },
    {
      id = "raad_onderzoek",
      title = "Via SAVE naar de Raad",
      text = "In maart, een jaar nadat je Kian de korstjes van Luuk zag pakken, zit hij op tijd in de klas. Oma komt vaker, vader is bij de GGZ begonnen, en de jeugdbeschermer komt elke week langs. Kian laat je zijn trommel zien: twee boterhammen en een appel. “Papa heeft ze gesmeerd. Hij was vroeg op.”\n\nJuf Esra zegt zacht: “Vorig jaar maart wisten we het al.”",
      outcome = "melden_hulp_onvoldoende",
      route = { "school", "zorgteam", "buurtteam", "veilig_thuis", "save", "raad" },
      debrief = "De hulp van het buurtteam bracht geen veiligheid, en de school meldde pas na de politie. Veilig Thuis leidde het gezin door naar het SAVE-team, dat voorwaarden stelde en controleerde, ook met de waarnemingen van de school. Toen die voorwaarden niet werden gehaald, vroeg SAVE de Raad voor de Kinderbescherming om onderzoek; de school doet dat nooit zelf. De Raad onderzoekt of een kinderbeschermingsmaatregel nodig is: hij spreekt ouders, kinderen en betrokkenen zoals de school, en kan de kinderrechter vragen om bijvoorbeeld een ondertoezichtstelling. Dat is geen straf en geen mislukking van de school, maar de volgende stap als vrijwillige hulp niet genoeg is. De school blijft betrokken: ze geeft de Raad als die erom vraagt haar feiten, ook zonder toestemming van vader, stemt af met de jeugdbeschermer en is er elke dag voor Kian en Noa.",
    },
    {
      id = "geen_hulp",
      title = "Geen passende hulp: gemeld",
      text = "Na het onderzoek leidt Veilig Thuis het gezin door naar het SAVE-team. In het netwerkberaad maken vader, oma en een buurvrouw een rooster voor de ochtenden, tot vader bij de GGZ kan beginnen. Voor de zomer zit Kian elke dag op tijd in de klas.\n\nSabine zegt tegen Marco: “Dat ik het niet kon bieden, betekende niet dat er niets kon. Het betekende dat we moesten melden.”",
      outcome = "melden_geen_hulp_mogelijk",
      route = { "school", "zorgteam", "buurtteam", "veilig_thuis" },
      debrief = "Vraag 3 van het afwegingskader: kan de school, met het buurtteam, effectieve hulp bieden of organiseren? Hier niet. Vader had behandeling nodig die pas na veertien weken kon beginnen, en iemand in de ochtend kon het buurtteam niet leveren. Een wachtlijst of ontbijt op school is geen hulp die op tijd veiligheid brengt: dan meld je bij Veilig Thuis. Beter was geweest meteen te melden, want de hulp werkte al maanden niet (vraag 5); welke andere hulp nodig is, bepaal je na de melding samen met Veilig Thuis. Veilig Thuis maakte binnen vijf werkdagen een veiligheidsbeoordeling, deed onderzoek en leidde door naar het SAVE-team, dat zo nodig de Raad voor de Kinderbescherming inschakelt. De school blijft betrokken: ze geeft haar waarnemingen door en is er elke dag voor Kian en Noa.",
    },
  },

  debrief = "Waarom meldde de school niet al in november? Toen waren de signalen nieuw, kort na de scheiding; vader zag ze zelf en nam hulp aan, en school en buurtteam wogen het als zorg, nog niet als structurele onveiligheid. Dan kan hulp organiseren zonder melding (vragen 3 en 4 van het afwegingskader). Verwaarlozing die maanden aanhoudt terwijl de hulp loopt, is wel structurele onveiligheid: dan meld je.",
}
