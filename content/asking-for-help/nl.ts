// "Om hulp vragen": the built-in session in Dutch, step by step as en.ts
// (same keys, prompts and settings). Informal "je", as Dutch and Flemish
// peer-support groups usually speak; "de begeleider" for the facilitator,
// "de steunkaart" for the support card. Words shared by the Netherlands and
// Flanders where they differ ("telefoon", "scherm").
// A machine-assisted translation: native speakers, see content/README.md.
import type { TemplateContent } from "../../lib/template-schema";
import { starterResources } from "../starter";

// The check-in and check-out must match exactly for the before/after view.
const comfortQuestion = "Hoe makkelijk vind je het op dit moment om hulp te vragen?";
const comfortScale = { max: 5, minLabel: "Helemaal niet", maxLabel: "Heel makkelijk" };

export const nl: TemplateContent = {
  schemaVersion: 1,
  language: "nl",
  title: "Om hulp vragen",
  description:
    "Waarom om hulp vragen zo moeilijk kan zijn, waarom het ertoe doet en kleine manieren om het makkelijker te maken – op basis van een artikel geschreven vanuit eigen ervaring met herstel. Ongeveer 70 minuten, met zeven anonieme vragen.",
  contentNote:
    "Deze bijeenkomst gaat over om hulp vragen, ook in herstel en als het om onze mentale gezondheid gaat. Er kunnen gevoelens of herinneringen bovenkomen, en dat is oké.\n\n" +
    "Je kunt elke vraag overslaan, even wegkijken of naar buiten gaan wanneer je dat nodig hebt. Je antwoorden zijn anoniem: geen namen, en resultaten verschijnen pas als meerdere mensen hebben geantwoord.\n\n" +
    "Heb je even een moment nodig? Tik dan op “Ik heb even pauze nodig”: alleen de begeleider ziet dat, en niet van wie het komt. Steun en hulp zijn altijd één tik verwijderd.",
  resources: starterResources("nl"),
  steps: [
    {
      key: "welcome",
      title: "Welkom",
      body:
        "Welkom, en fijn dat je er bent.\n\n" +
        "Vandaag lopen we samen door een kort artikel over om hulp vragen: waarom het zo moeilijk kan zijn, waarom het ertoe doet en een paar kleine manieren om het makkelijker te maken.\n\n" +
        "Af en toe verschijnt er een vraag op je telefoon. Antwoord als je wilt – **elke vraag mag je overslaan**, en overslaan is altijd oké. Niemand ziet wie wat heeft gezegd.",
      facilitatorNotes:
        "Ongeveer 5 minuten.\n" +
        "- Laat de deelnamecode op het scherm staan tot iedereen zit.\n" +
        "- Lees de inhoudswaarschuwing voor of vat hem in je eigen woorden samen.\n" +
        "- Wijs drie dingen aan op de telefoon: de knop om over te slaan, de steunkaart en “Ik heb even pauze nodig” (jij ziet alleen een anoniem aantal, nooit wie).\n" +
        "- Vertel dat de resultaten verborgen blijven tot genoeg mensen hebben geantwoord en jij ervoor kiest ze te laten zien.\n" +
        "- Herhaal jullie gebruikelijke groepsafspraken (wat hier gedeeld wordt, blijft hier; luisteren zonder te willen oplossen).\n" +
        "- Reacties staan aan: hier kan iedereen de knop uitproberen.",
      reactions: true,
    },
    {
      key: "check-in",
      title: "Inchecken",
      body:
        "We beginnen met een rustig incheckmoment. Er is geen goed antwoord en niets om uit te leggen, en je kunt altijd overslaan. Merk gewoon op hoe je er vandaag bij zit.\n\n" +
        "Aan het eind komen we terug op dezelfde vraag.",
      facilitatorNotes:
        "Ongeveer 3 minuten.\n" +
        "- Open de vraag en geef iedereen een minuut stilte.\n" +
        "- Overweeg de resultaten verborgen te houden tot de meesten hebben geantwoord, zodat niemand het gevoel krijgt zich aan de groep te moeten aanpassen.\n" +
        "- Beschrijf bij het tonen de spreiding zonder die te duiden: “Er zit hier echt van alles tussen, en alles is welkom.”\n" +
        "- Zeg nog eens dat overslaan prima is.",
      reactions: false,
      prompt: {
        key: "check-in-comfort",
        kind: "scale",
        question: comfortQuestion,
        config: { ...comfortScale },
      },
    },
    {
      key: "introduction",
      title: "Om hulp vragen is een kracht",
      // the first step that talks about addiction and recovery: phones keep it behind the note until opened
      contentNote: "Dit deel gaat over nuchter blijven en herstel van een verslaving. Je kunt het openen wanneer je er klaar voor bent, of het overslaan.",
      body:
        "In een wereld die zelfredzaamheid en onafhankelijkheid viert, kan om hulp vragen voelen als een nederlaag toegeven.\n\n" +
        "Maar herkennen wanneer je steun nodig hebt, en die gaan zoeken, laat **kracht en zelfinzicht** zien. In herstel geldt dat des te meer.\n\n" +
        "De schrijver van dit artikel haatte het om hulp te vragen, en vindt het soms nog steeds moeilijk. Nuchterheid en herstel zijn voor de schrijver mogelijk dankzij de mensen die steunen – en dankzij de bereidheid om te zeggen: *“Ik heb hulp nodig.”*",
      facilitatorNotes:
        "Ongeveer 5 minuten.\n" +
        "- Lees het voor, of vraag of iemand het hardop wil lezen (wijs nooit iemand aan).\n" +
        "- Een vrijblijvende vraag aan de groep, hardop: “Hoe klinkt ‘een nederlaag toegeven’ in je hoofd?”\n" +
        "- Laat stilte er zijn; niemand hoeft iets te zeggen. Een reactie aantikken kan ook.",
      reactions: true,
    },
    {
      key: "why-not-judgement-pride",
      title: "Waarom we niet vragen: angst voor oordeel en trots",
      contentNote:
        "Dit deel gaat over je veroordeeld, zwak of beschaamd voelen omdat het niet goed met je gaat. Je kunt het openen wanneer je er klaar voor bent, of het overslaan.",
      body:
        "**Angst voor het oordeel van anderen.** Een van de grootste drempels. We zijn bang dat anderen ons zwak of onbekwaam vinden als we toegeven dat we het moeilijk hebben. Dat kan het sterkst zijn op het werk, of als we veel van onszelf verwachten.\n\n" +
        "**Trots en ego.** Hulp nodig hebben kan voelen als toegeven dat we het niet zelf redden. Dat is extra moeilijk voor wie trots is op onafhankelijk en zelfstandig zijn.",
      facilitatorNotes:
        "Ongeveer 5 minuten.\n" +
        "- Nodig iedereen uit om in stilte op te merken wat herkenbaar klinkt; zo meteen volgt er een anonieme vraag over.\n" +
        "- Als iemand iets deelt, bedank diegene en weersta de neiging om advies te geven.",
      reactions: true,
    },
    {
      key: "why-not-burden-self-reliance",
      title: "Waarom we niet vragen: tot last zijn en het zelf moeten redden",
      body:
        "**Niemand tot last willen zijn.** Velen van ons houden zich in omdat we een ander niet nog meer willen belasten. Iedereen lijkt al genoeg aan zijn hoofd te hebben.\n\n" +
        "**Het idee dat we het zelf moeten redden.** We horen vaak dat we “onszelf aan onze haren uit het moeras moeten trekken”. Dan kan vragen lijken op zwakte of falen – en lijden mensen liever in stilte dan dat ze de hand uitsteken.",
      facilitatorNotes:
        "Ongeveer 5 minuten.\n" +
        "- De zorg om tot last te zijn komt vaak voort uit zorg voor anderen; het kan helpen dat vriendelijk te benoemen.\n" +
        "- Je zou kunnen vragen: “Waar heb je voor het eerst geleerd dat je het zelf moest redden?” Houd het vrijblijvend en rustig.",
      reactions: true,
    },
    {
      key: "barriers",
      title: "Wat hield je tegen?",
      body:
        "Denk aan een keer dat je hulp nodig had en er niet om vroeg. Welke van deze dingen speelden mee?\n\n" +
        "Kies er zoveel als passen, of geen. Je antwoord is anoniem, en je kunt overslaan.",
      facilitatorNotes:
        "Ongeveer 5 minuten.\n" +
        "- Laat de vraag een minuut of twee openstaan voordat je de resultaten laat zien.\n" +
        "- Lees de aantallen gewoon voor en maak ze normaal: deze drempels komen veel voor, en in de meeste groepen spelen er meerdere.\n" +
        "- Vraag nooit wie wat koos. Als “Iets anders” vaak gekozen is, kun je wie wil uitnodigen het hardop te benoemen – zonder druk.",
      reactions: false,
      prompt: {
        key: "barriers-held-back",
        kind: "multiple_choice",
        question: "Welke van deze dingen hebben je tegengehouden?",
        config: {
          options: [
            { id: "judgement", label: "Bang zijn om veroordeeld te worden" },
            { id: "pride", label: "Trots – het zelf willen redden" },
            { id: "burden", label: "Niemand tot last willen zijn" },
            { id: "self-reliance", label: "Het gevoel dat ik het alleen moet kunnen" },
            { id: "something-else", label: "Iets anders" },
          ],
        },
      },
    },
    {
      key: "inner-voice",
      title: "Wat we onszelf vertellen",
      body:
        "Soms is de moeilijkste stem om voorbij te komen onze eigen stem. Gedachten als *“Dit zou ik zelf moeten kunnen”* of *“Ze hebben al genoeg aan hun hoofd”* kunnen ons tegenhouden voordat we begonnen zijn.\n\n" +
        "Als je wilt, schrijf er een op. De antwoorden zijn anoniem, en de begeleider leest ze voordat er iets getoond wordt. Je kunt overslaan.",
      facilitatorNotes:
        "Ongeveer 7 minuten.\n" +
        "- De antwoorden komen in je moderatielijst; niets verschijnt op het scherm voordat jij het goedkeurt.\n" +
        "- Keur antwoorden goed die veilig te delen zijn; verberg alles wat iemand noemt of herkenbaar maakt, of wat pijn kan doen.\n" +
        "- Als een antwoord doet vermoeden dat iemand in gevaar kan zijn, laat het dan niet zien. Herinner de groep voorzichtig aan de steunkaart en aan dat je er na afloop bent.\n" +
        "- Lees een paar goedgekeurde antwoorden langzaam voor, zonder te raden wie ze schreef.\n" +
        "- Een mogelijk bruggetje: “Merk op hoeveel hiervan we nooit tegen een vriend of vriendin zouden zeggen.”",
      reactions: false,
      prompt: {
        key: "inner-voice",
        kind: "open_text",
        question: "Wat zeg je tegen jezelf waardoor om hulp vragen moeilijker wordt?",
        config: { maxLength: 280 },
      },
    },
    {
      key: "why-it-matters-wellbeing-connection",
      title: "Waarom vragen ertoe doet: welzijn en verbinding",
      body:
        "**Het is goed voor onze mentale gezondheid.** Als we ons openstellen, kunnen we delen wat we meedragen, en worden isolement en eenzaamheid minder. Praten over wat zwaar is, kan opluchten en een nieuwe kijk geven.\n\n" +
        "**Het versterkt relaties.** Iemand ons laten steunen bouwt vertrouwen en nabijheid op. En het geeft de mensen die om ons geven de kans dat te laten zien.",
      facilitatorNotes:
        "Ongeveer 4 minuten.\n" + "- Het tweede punt kan anders binnenkomen bij mensen met moeizame relaties; erken dat steun uit veel hoeken kan komen, ook uit deze groep.",
      reactions: true,
    },
    {
      key: "why-it-matters-solving-growing",
      title: "Waarom vragen ertoe doet: problemen oplossen en groeien",
      body:
        "**Het helpt ons problemen op te lossen.** Anderen brengen ideeën in die we zelf misschien niet zouden bedenken. Een probleem vanuit een nieuwe hoek bekijken kan tot betere beslissingen leiden.\n\n" +
        "**Het helpt ons te groeien.** Erkennen dat we hulp nodig hebben, en die zoeken, is een teken van zelfinzicht en volwassenheid. Het laat zien dat je wilt leren – en het laat anderen zien dat vragen ook voor hen oké is.",
      facilitatorNotes: "Ongeveer 4 minuten.\n" + "- Je zou kunnen vragen: “Heeft het ooit geholpen dat iemand anders eerst om hulp vroeg, zodat jij het ook durfde?”",
      reactions: true,
    },
    {
      key: "what-matters-most",
      title: "Wat is voor jou het belangrijkst?",
      body:
        "Elk van deze punten is een reden waarom om hulp vragen de moeite waard kan zijn. Zet ze in de volgorde die nu voor jou klopt.\n\n" +
        "Er is geen goede volgorde, en je kunt overslaan.",
      facilitatorNotes:
        "Ongeveer 5 minuten.\n" +
        "- Leg het scherm op de telefoon uit: verschuif de punten zodat wat het belangrijkst is bovenaan staat.\n" +
        "- De resultaten tonen de gemiddelde positie, dus dicht bij elkaar liggende uitkomsten zijn normaal.\n" +
        "- Nodig uit tot nadenken in plaats van discussie: “Wat valt je op?”\n" +
        "- Sommige mensen hebben het gevoel dat niets hiervan nu binnen bereik is; het is oké om dat te zeggen.",
      reactions: false,
      prompt: {
        key: "benefits-ranking",
        kind: "ranking",
        question: "Wat hiervan is nu voor jou het belangrijkst?",
        config: {
          options: [
            { id: "wellbeing", label: "Me minder alleen en meer op mijn gemak voelen" },
            { id: "relationships", label: "Hechtere relaties, met meer vertrouwen" },
            { id: "problem-solving", label: "Nieuwe ideeën voor waar ik mee zit" },
            { id: "growth", label: "Leren en groeien als mens" },
          ],
        },
      },
    },
    {
      key: "being-helped",
      title: "Als iemand helpt",
      body: "Denk aan een keer dat iemand je hielp, groot of klein. Misschien luisterde diegene, was er gewoon, of merkte op hoe het met je ging.\n\n" + "Hoe voelde dat?",
      facilitatorNotes:
        "Ongeveer 4 minuten.\n" +
        "- Niet iedereen heeft een goede herinnering om op terug te vallen; je kunt toevoegen: “of hoe je je voorstelt dat het zou voelen”.\n" +
        "- Woorden gaan eerst door de moderatie voordat ze verschijnen.\n" +
        "- Lees bij het tonen een paar woorden hardop voor en laat de woordwolk voor zichzelf spreken. Een goed moment om te vertragen.",
      reactions: false,
      prompt: {
        key: "helped-word",
        kind: "word_cloud",
        question: "Eén woord voor hoe het voelt als iemand je helpt",
        config: { maxWords: 1 },
      },
    },
    {
      key: "overcoming-beliefs-small-steps",
      title: "Drempels overwinnen: overtuigingen en kleine stappen",
      body:
        "**Stel negatieve overtuigingen ter discussie.** Herinner jezelf eraan dat om hulp vragen een teken van kracht is, niet van zwakte. Iedereen heeft soms hulp nodig, en het is oké om de hand uit te steken.\n\n" +
        "**Begin klein.** Als vragen overweldigend voelt, begin dan bij één vriend, vriendin of familielid die je vertrouwt. Na verloop van tijd kun je je wenden tot bredere steunnetwerken of professionals.",
      facilitatorNotes:
        "Ongeveer 4 minuten.\n" +
        "- Verwijs terug naar de open antwoorden: een overtuiging ter discussie stellen kan beginnen met haar simpelweg opmerken, zoals de groep eerder deed.\n" +
        "- “Klein” mag heel klein zijn: een berichtje als “Zware dag, kunnen we even praten?”",
      reactions: true,
    },
    {
      key: "overcoming-talking-offering",
      title: "Drempels overwinnen: er open over praten en hulp aanbieden",
      body:
        "**Maak het gesprek gewoon.** Hoe opener we praten over mentale gezondheid en om hulp vragen, hoe makkelijker het voor anderen wordt om aan de bel te trekken als ze dat nodig hebben.\n\n" +
        "**Bied anderen hulp aan.** Helpen bouwt een cultuur van wederzijdse steun. Als mensen zien dat jij bereid bent hen te helpen, voelen ze zich eerder op hun gemak om jou op hun beurt te vragen.",
      facilitatorNotes:
        "Ongeveer 4 minuten.\n" +
        "- Bijeenkomsten als deze helpen het gesprek gewoon te maken; het kan goed zijn dat te zeggen.\n" +
        "- Hulp aanbieden moet geen nieuwe manier worden om zelf niet te hoeven vragen. Geven en ontvangen tellen allebei.",
      reactions: true,
    },
    {
      key: "small-step",
      title: "Eén kleine stap",
      body: "Niets hiervan hoeft in één keer.\n\n" + "Welke van deze stappen voelt deze week haalbaar voor je? Kies de stap die het meest binnen bereik voelt – of sla over.",
      facilitatorNotes:
        "Ongeveer 4 minuten.\n" +
        "- Houd het luchtig: dit is een voornemen, geen belofte, en niemand komt het controleren.\n" +
        "- Je kunt voorstellen dat iedereen de gekozen stap voor zichzelf opschrijft.",
      reactions: false,
      prompt: {
        key: "small-step",
        kind: "single_choice",
        question: "Welke kleine stap zou je deze week kunnen proberen?",
        config: {
          options: [
            { id: "challenge-belief", label: "Eén overtuiging bevragen die vragen moeilijker maakt" },
            { id: "start-small", label: "Contact zoeken met één persoon die ik vertrouw" },
            { id: "talk-openly", label: "Iets opener zijn over hoe het met me gaat" },
            { id: "offer-help", label: "Iemand anders hulp aanbieden" },
          ],
        },
      },
    },
    {
      key: "conclusion",
      title: "Vragen mag",
      body:
        "Om hulp vragen is geen teken van zwakte. Het is een krachtige daad van zelfinzicht en veerkracht.\n\n" +
        "Als we de drempels overwinnen die ons tegenhouden, kunnen we zorgen voor onze mentale gezondheid, onze relaties versterken en problemen makkelijker oplossen.\n\n" +
        "**Om hulp vragen is oké.** Iedereen heeft soms steun nodig, en de hand uitsteken hoort bij welzijn en groei.",
      facilitatorNotes: "Ongeveer 3 minuten.\n" + "- Lees het langzaam voor.\n" + "- Bedank de groep voor wat er gedeeld is, ook voor de stiltes.",
      reactions: true,
    },
    {
      key: "check-out",
      title: "Uitchecken",
      body: "Voordat we afsluiten, dezelfde vraag als aan het begin.\n\n" + "Het is prima als je antwoord niet veranderd is – vandaag ging het om opmerken, niet om oplossen.",
      facilitatorNotes:
        "Ongeveer 3 minuten.\n" +
        "- Laat iedereen net als bij het inchecken rustig antwoorden voordat je de resultaten toont.\n" +
        "- De samenvatting laat de verschuiving tussen voor en na zien. Breng die niet als een score die beter moet; elke beweging, of geen, is goed.\n" +
        "- Is het gemak gedaald, erken dan dat praten hierover dingen kan losmaken, en wijs op de steunkaart.",
      reactions: false,
      prompt: {
        key: "check-out-comfort",
        repeatOf: "check-in-comfort",
        kind: "scale",
        question: comfortQuestion,
        config: { ...comfortScale },
      },
    },
    {
      key: "support",
      title: "Steun, wanneer je die nodig hebt",
      body:
        "Dank je wel dat je er vandaag was.\n\n" +
        "Als iets van deze bijeenkomst je bijblijft, hoef je het niet alleen te dragen. De **steunkaart** op je telefoon noemt mensen en plekken die kunnen helpen. Die is er nu, en ook als we klaar zijn.\n\n" +
        "Wil je praten, dan is de begeleider er na de bijeenkomst nog. Ben je ooit in acuut gevaar, bel dan het lokale alarmnummer.",
      facilitatorNotes:
        "Ongeveer 3 minuten.\n" +
        "- Vóór de bijeenkomst: zorg dat de steunkaart echte lokale hulp noemt (crisislijn, herstelgroepen, hulpverlening). De ingebouwde kaart bevat alleen plaatshouders.\n" +
        "- Laat de kaart zien, noem een of twee diensten bij naam en zeg waar en wanneer je er na afloop bent.\n" +
        "- Kijk vóór het beëindigen van de bijeenkomst nog één keer naar het aantal bij “Ik heb even pauze nodig”; deelnemers zien daarna een bedankscherm met deze hulp.",
      reactions: false,
    },
  ],
};
