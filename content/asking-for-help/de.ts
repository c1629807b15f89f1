// "Um Hilfe bitten": the built-in session in German, step by step as en.ts
// (same keys, prompts and settings). Informal "du" for participants and the
// facilitator, as German self-help and peer-support groups usually speak;
// "die Leitung" for the facilitator, "die Hilfsangebote" for the support card.
// A machine-assisted translation: native speakers, see content/README.md.
import type { TemplateContent } from "../../lib/template-schema";
import { starterResources } from "../starter";

// The check-in and check-out must match exactly for the before/after view.
const comfortQuestion = "Wie leicht fällt es dir gerade, um Hilfe zu bitten?";
const comfortScale = { max: 5, minLabel: "Gar nicht leicht", maxLabel: "Sehr leicht" };

export const de: TemplateContent = {
  schemaVersion: 1,
  language: "de",
  title: "Um Hilfe bitten",
  description:
    "Warum es so schwer sein kann, um Hilfe zu bitten, warum es wichtig ist und wie es ein wenig leichter wird – nach einem Text, der aus eigener Erfahrung mit Genesung geschrieben ist. Etwa 70 Minuten, mit sieben anonymen Fragen.",
  contentNote:
    "In dieser Sitzung geht es darum, um Hilfe zu bitten, auch in der Genesung und wenn es um unsere seelische Gesundheit geht. Dabei können Gefühle oder Erinnerungen hochkommen, und das ist in Ordnung.\n\n" +
    "Du kannst jede Frage überspringen, wegschauen oder hinausgehen, wann immer du das brauchst. Deine Antworten sind anonym: keine Namen, und Ergebnisse erscheinen erst, wenn mehrere Personen geantwortet haben.\n\n" +
    "Wenn du einen Moment brauchst, tippe auf „Ich brauche eine Pause“ – das sieht nur die Leitung, und nicht, von wem es kommt. Die Hilfsangebote sind immer nur einen Tipp entfernt.",
  resources: starterResources("de"),
  steps: [
    {
      key: "welcome",
      title: "Willkommen",
      body:
        "Willkommen, und danke, dass du da bist.\n\n" +
        "Heute gehen wir gemeinsam durch einen kurzen Text darüber, um Hilfe zu bitten: warum das so schwer sein kann, warum es wichtig ist und was es ein wenig leichter machen kann.\n\n" +
        "Ab und zu erscheint eine Frage auf deinem Handy. Antworte, wenn du magst – **jede Frage kannst du überspringen**, und das ist immer in Ordnung. Niemand sieht, wer was gesagt hat.",
      facilitatorNotes:
        "Etwa 5 Minuten.\n" +
        "- Lass den Beitrittscode auf dem Bildschirm, bis alle angekommen sind.\n" +
        "- Lies den Inhaltshinweis vor oder fasse ihn in eigenen Worten zusammen.\n" +
        "- Zeig drei Dinge auf dem Handy: den Button zum Überspringen, die Hilfsangebote und „Ich brauche eine Pause“ (du siehst nur eine anonyme Zahl, nie, wer es war).\n" +
        "- Sag, dass die Ergebnisse verborgen bleiben, bis genug Leute geantwortet haben und du sie zeigst.\n" +
        "- Erinnere an eure üblichen Gruppenvereinbarungen (Was hier geteilt wird, bleibt hier; zuhören, ohne etwas lösen zu wollen).\n" +
        "- Reaktionen sind freigeschaltet: Hier können alle den Button ausprobieren.",
      reactions: true,
    },
    {
      key: "check-in",
      title: "Ankommen",
      body:
        "Wir beginnen mit einem ruhigen Ankommen. Es gibt keine richtige Antwort und nichts zu erklären, und du kannst immer überspringen. Nimm einfach wahr, wo du heute stehst.\n\n" +
        "Am Ende kommen wir auf dieselbe Frage zurück.",
      facilitatorNotes:
        "Etwa 3 Minuten.\n" +
        "- Öffne die Frage und gib allen eine Minute Ruhe.\n" +
        "- Überleg, die Ergebnisse verborgen zu lassen, bis die meisten geantwortet haben, damit sich niemand nach dem Raum richten muss.\n" +
        "- Wenn du sie zeigst, beschreibe die Verteilung, ohne sie zu deuten: „Hier gibt es eine echte Bandbreite, und alles davon ist willkommen.“\n" +
        "- Erinnere daran, dass Überspringen in Ordnung ist.",
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
      title: "Um Hilfe bitten ist eine Stärke",
      // the first step that talks about addiction and recovery: phones keep it behind the note until opened
      contentNote: "In diesem Teil geht es um Nüchternheit und um Genesung von einer Sucht. Du kannst ihn öffnen, wenn du bereit bist, oder ihn überspringen.",
      body:
        "In einer Welt, die Selbstständigkeit und Unabhängigkeit feiert, kann es sich anfühlen, als würde man eine Niederlage eingestehen, wenn man um Hilfe bittet.\n\n" +
        "Aber zu merken, dass du Unterstützung brauchst, und dir dann welche zu holen, zeigt **Stärke und Selbstwahrnehmung**. In der Genesung gilt das umso mehr.\n\n" +
        "Die Person, die diesen Text geschrieben hat, hat es gehasst, um Hilfe zu bitten, und tut sich manchmal immer noch schwer damit. Ihre Nüchternheit und Genesung sind möglich durch die Unterstützung in ihrem Leben – und weil sie bereit war zu sagen: *„Ich brauche Hilfe.“*",
      facilitatorNotes:
        "Etwa 5 Minuten.\n" +
        "- Lies den Text vor, oder frag, ob jemand ihn laut lesen möchte (bestimme nie eine Person).\n" +
        "- Eine freiwillige Frage an die Runde, laut: „Wie klingt ‚eine Niederlage eingestehen‘ in deinem Kopf?“\n" +
        "- Lass Stille stehen; niemand muss sprechen. Man kann stattdessen auch eine Reaktion antippen.",
      reactions: true,
    },
    {
      key: "why-not-judgement-pride",
      title: "Warum wir nicht fragen: die Angst vor dem Urteil und der Stolz",
      contentNote:
        "In diesem Teil geht es darum, sich verurteilt, schwach oder beschämt zu fühlen, wenn es einem schlecht geht. Du kannst ihn öffnen, wenn du bereit bist, oder ihn überspringen.",
      body:
        "**Angst vor dem Urteil anderer.** Eines der größten Hindernisse. Wir fürchten, dass andere uns für schwach oder unfähig halten, wenn wir zugeben, dass wir zu kämpfen haben. Am stärksten ist das oft bei der Arbeit oder wenn wir viel von uns selbst erwarten.\n\n" +
        "**Stolz und Ego.** Hilfe zu brauchen kann sich anfühlen wie das Eingeständnis, dass wir es nicht allein schaffen. Besonders schwer ist das für alle, die stolz darauf sind, unabhängig und selbstständig zu sein.",
      facilitatorNotes:
        "Etwa 5 Minuten.\n" +
        "- Lade alle ein, still wahrzunehmen, was davon vertraut klingt; gleich kommt dazu eine anonyme Frage.\n" +
        "- Wenn jemand etwas teilt, bedanke dich und widerstehe dem Impuls, Ratschläge zu geben.",
      reactions: true,
    },
    {
      key: "why-not-burden-self-reliance",
      title: "Warum wir nicht fragen: zur Last fallen, allein klarkommen",
      body:
        "**Niemandem zur Last fallen wollen.** Viele von uns halten sich zurück, weil sie anderen nicht noch mehr aufladen wollen. Alle anderen scheinen schon genug um die Ohren zu haben.\n\n" +
        "**Die Vorstellung, dass wir allein klarkommen müssen.** Oft heißt es, wir sollen uns „am eigenen Schopf aus dem Sumpf ziehen“. Dann kann Fragen wie Schwäche oder Versagen aussehen – und Menschen kämpfen lieber still, statt sich zu melden.",
      facilitatorNotes:
        "Etwa 5 Minuten.\n" +
        "- Die Sorge, eine Last zu sein, kommt oft aus Fürsorge für andere; es kann helfen, das freundlich zu benennen.\n" +
        "- Du könntest fragen: „Wo hast du zum ersten Mal gelernt, dass du allein klarkommen musst?“ Halte es freiwillig und ohne Eile.",
      reactions: true,
    },
    {
      key: "barriers",
      title: "Was hat dich zurückgehalten?",
      body:
        "Denk an eine Zeit, in der du Hilfe gebraucht und nicht darum gebeten hast. Was davon hat eine Rolle gespielt?\n\n" +
        "Wähle so viel, wie passt, oder nichts. Deine Antwort ist anonym, und du kannst überspringen.",
      facilitatorNotes:
        "Etwa 5 Minuten.\n" +
        "- Lass die Frage ein, zwei Minuten offen, bevor du die Ergebnisse zeigst.\n" +
        "- Lies die Zahlen schlicht vor und ordne sie freundlich ein: Diese Hindernisse sind verbreitet, und in den meisten Runden kommen mehrere vor.\n" +
        "- Frag nie, wer was gewählt hat. Wenn „Etwas anderes“ oft gewählt wurde, kannst du alle, die mögen, einladen, es laut zu benennen – ohne Druck.",
      reactions: false,
      prompt: {
        key: "barriers-held-back",
        kind: "multiple_choice",
        question: "Was davon hat dich zurückgehalten?",
        config: {
          options: [
            { id: "judgement", label: "Die Sorge, verurteilt zu werden" },
            { id: "pride", label: "Stolz – ich will es allein schaffen" },
            { id: "burden", label: "Ich will niemandem zur Last fallen" },
            { id: "self-reliance", label: "Das Gefühl, allein klarkommen zu müssen" },
            { id: "something-else", label: "Etwas anderes" },
          ],
        },
      },
    },
    {
      key: "inner-voice",
      title: "Was wir uns selbst sagen",
      body:
        "Manchmal ist die Stimme, an der wir am schwersten vorbeikommen, unsere eigene. Gedanken wie *„Das sollte ich allein hinkriegen“* oder *„Die haben selbst genug um die Ohren“* können uns stoppen, bevor wir überhaupt anfangen.\n\n" +
        "Wenn du magst, schreib einen davon auf. Die Antworten sind anonym, und die Leitung liest sie, bevor etwas gezeigt wird. Du kannst überspringen.",
      facilitatorNotes:
        "Etwa 7 Minuten.\n" +
        "- Die Antworten landen in deiner Moderationsliste; nichts erscheint auf dem Beamer, bevor du es freigibst.\n" +
        "- Gib Antworten frei, die sich sicher teilen lassen; blende alles aus, was jemanden nennt oder erkennbar macht oder verletzen könnte.\n" +
        "- Wenn eine Antwort darauf hindeutet, dass jemand in Gefahr sein könnte, zeig sie nicht. Erinnere die Runde behutsam an die Hilfsangebote und daran, dass du danach ansprechbar bist.\n" +
        "- Lies ein paar freigegebene Antworten langsam vor, ohne zu raten, von wem sie stammen.\n" +
        "- Eine mögliche Brücke: „Fällt euch auf, wie viel davon wir einer Freundin oder einem Freund nie sagen würden?“",
      reactions: false,
      prompt: {
        key: "inner-voice",
        kind: "open_text",
        question: "Welchen Satz sagst du dir selbst, der es dir schwerer macht, um Hilfe zu bitten?",
        config: { maxLength: 280 },
      },
    },
    {
      key: "why-it-matters-wellbeing-connection",
      title: "Warum Fragen wichtig ist: Wohlbefinden und Verbundenheit",
      body:
        "**Es tut unserer seelischen Gesundheit gut.** Wenn wir uns öffnen, können wir teilen, was wir mit uns herumtragen, und Isolation und Einsamkeit lassen nach. Über Schweres zu sprechen kann entlasten und neue Blickwinkel öffnen.\n\n" +
        "**Es stärkt Beziehungen.** Wenn wir uns von jemandem unterstützen lassen, wachsen Vertrauen und Nähe. Und die Menschen, denen wir wichtig sind, bekommen die Chance, es zu zeigen.",
      facilitatorNotes:
        "Etwa 4 Minuten.\n" +
        "- Der zweite Punkt kann bei Menschen mit schwierigen Beziehungen anders ankommen; sag ruhig, dass Unterstützung von vielen Seiten kommen kann, auch aus dieser Gruppe.",
      reactions: true,
    },
    {
      key: "why-it-matters-solving-growing",
      title: "Warum Fragen wichtig ist: Lösungen finden und wachsen",
      body:
        "**Es hilft uns, Probleme zu lösen.** Andere bringen Ideen mit, auf die wir allein vielleicht nicht kämen. Eine Herausforderung aus einem neuen Blickwinkel zu sehen, kann zu besseren Entscheidungen führen.\n\n" +
        "**Es hilft uns zu wachsen.** Zu erkennen, dass wir Hilfe brauchen, und sie zu suchen, ist ein Zeichen von Selbstwahrnehmung und Reife. Es zeigt die Bereitschaft zu lernen – und es zeigt anderen, dass Fragen auch für sie in Ordnung ist.",
      facilitatorNotes: "Etwa 4 Minuten.\n" + "- Du könntest fragen: „Ist es dir schon einmal leichter gefallen zu fragen, weil jemand anderes gefragt hat?“",
      reactions: true,
    },
    {
      key: "what-matters-most",
      title: "Was ist dir am wichtigsten?",
      body:
        "Jeder dieser Punkte ist ein Grund, warum es sich lohnen kann, um Hilfe zu bitten. Bring sie in die Reihenfolge, die sich für dich gerade stimmig anfühlt.\n\n" +
        "Es gibt keine richtige Reihenfolge, und du kannst überspringen.",
      facilitatorNotes:
        "Etwa 5 Minuten.\n" +
        "- Erklär die Ansicht auf dem Handy: Die Punkte so verschieben, dass der wichtigste oben steht.\n" +
        "- Die Ergebnisse zeigen die durchschnittliche Position, daher liegen sie oft nah beieinander.\n" +
        "- Lade zum Nachdenken ein statt zur Diskussion: „Was fällt dir auf?“\n" +
        "- Manchen fühlt sich gerade nichts davon erreichbar an; es ist in Ordnung, das zu sagen.",
      reactions: false,
      prompt: {
        key: "benefits-ranking",
        kind: "ranking",
        question: "Was davon ist dir gerade am wichtigsten?",
        config: {
          options: [
            { id: "wellbeing", label: "Mich weniger allein und leichter fühlen" },
            { id: "relationships", label: "Nähere Beziehungen, mit mehr Vertrauen" },
            { id: "problem-solving", label: "Neue Ideen für das, was mich gerade beschäftigt" },
            { id: "growth", label: "Als Mensch lernen und wachsen" },
          ],
        },
      },
    },
    {
      key: "being-helped",
      title: "Wenn jemand hilft",
      body:
        "Denk an eine Zeit, in der dir jemand geholfen hat, im Großen oder im Kleinen. Vielleicht hat die Person zugehört, war einfach da oder hat bemerkt, wie es dir geht.\n\n" +
        "Wie hat sich das angefühlt?",
      facilitatorNotes:
        "Etwa 4 Minuten.\n" +
        "- Nicht alle haben eine gute Erinnerung, auf die sie zurückgreifen können; du kannst ergänzen: „oder wie es sich anfühlen könnte“.\n" +
        "- Die Wörter gehen durch die Moderation, bevor sie erscheinen.\n" +
        "- Wenn du die Wortwolke zeigst, lies ein paar Wörter laut vor und lass sie für sich sprechen. Ein guter Moment, um langsamer zu werden.",
      reactions: false,
      prompt: {
        key: "helped-word",
        kind: "word_cloud",
        question: "Ein Wort dafür, wie es sich anfühlt, wenn dir jemand hilft",
        config: { maxWords: 1 },
      },
    },
    {
      key: "overcoming-beliefs-small-steps",
      title: "Hindernisse überwinden: Überzeugungen und kleine Schritte",
      body:
        "**Hinterfrage die negativen Überzeugungen.** Erinnere dich daran, dass es ein Zeichen von Stärke ist, um Hilfe zu bitten, nicht von Schwäche. Alle brauchen manchmal Hilfe, und es ist in Ordnung, sich zu melden.\n\n" +
        "**Fang klein an.** Wenn sich Fragen überwältigend anfühlt, beginne mit einem Menschen aus Freundeskreis oder Familie, dem du vertraust. Mit der Zeit kannst du dich an größere Unterstützungsnetze oder an Fachleute wenden.",
      facilitatorNotes:
        "Etwa 4 Minuten.\n" +
        "- Knüpf an die offenen Antworten an: Eine Überzeugung zu hinterfragen kann damit beginnen, sie überhaupt zu bemerken, so wie die Runde es vorhin getan hat.\n" +
        "- „Klein“ darf sehr klein sein: eine Nachricht wie „Harter Tag, können wir reden?“",
      reactions: true,
    },
    {
      key: "overcoming-talking-offering",
      title: "Hindernisse überwinden: offen sprechen und Hilfe anbieten",
      body:
        "**Sprich offen darüber.** Je offener wir über seelische Gesundheit und das Bitten um Hilfe sprechen, desto normaler wird es – und desto leichter fällt es anderen, sich zu melden, wenn sie es brauchen.\n\n" +
        "**Biete anderen Hilfe an.** Helfen schafft eine Kultur der gegenseitigen Unterstützung. Wenn andere sehen, dass du bereit bist, ihnen zu helfen, fällt es ihnen leichter, auch dich zu fragen.",
      facilitatorNotes:
        "Etwa 4 Minuten.\n" +
        "- Sitzungen wie diese tragen dazu bei, dass das Gespräch normal wird; es kann helfen, das zu sagen.\n" +
        "- Hilfe anzubieten sollte nicht zu einem weiteren Weg werden, selbst nicht fragen zu müssen. Geben und Annehmen zählen beide.",
      reactions: true,
    },
    {
      key: "small-step",
      title: "Ein kleiner Schritt",
      body:
        "Nichts davon muss auf einmal passieren.\n\n" +
        "Was davon fühlt sich diese Woche für dich machbar an? Wähle das, was am ehesten in Reichweite ist – oder überspring die Frage.",
      facilitatorNotes:
        "Etwa 4 Minuten.\n" +
        "- Halte es leicht: Das ist eine Absicht, kein Versprechen, und niemand wird nachfragen.\n" +
        "- Du könntest vorschlagen, dass sich alle den gewählten Schritt privat notieren.",
      reactions: false,
      prompt: {
        key: "small-step",
        kind: "single_choice",
        question: "Welchen kleinen Schritt könntest du diese Woche ausprobieren?",
        config: {
          options: [
            { id: "challenge-belief", label: "Eine Überzeugung hinterfragen, die das Fragen schwerer macht" },
            { id: "start-small", label: "Mich bei einem Menschen melden, dem ich vertraue" },
            { id: "talk-openly", label: "Ein bisschen offener sagen, wie es mir geht" },
            { id: "offer-help", label: "Jemand anderem Hilfe anbieten" },
          ],
        },
      },
    },
    {
      key: "conclusion",
      title: "Du darfst fragen",
      body:
        "Um Hilfe zu bitten ist kein Zeichen von Schwäche. Es ist ein starker Ausdruck von Selbstwahrnehmung und Widerstandskraft.\n\n" +
        "Wenn wir die Hindernisse überwinden, die uns zurückhalten, können wir für unsere seelische Gesundheit sorgen, unsere Beziehungen stärken und Probleme leichter lösen.\n\n" +
        "**Es ist in Ordnung, um Hilfe zu bitten.** Alle brauchen manchmal Unterstützung, und sich zu melden gehört zu Wohlbefinden und Wachstum.",
      facilitatorNotes: "Etwa 3 Minuten.\n" + "- Lies langsam.\n" + "- Danke der Runde für das, was geteilt wurde, auch für die Stille.",
      reactions: true,
    },
    {
      key: "check-out",
      title: "Ausklang",
      body:
        "Bevor wir schließen, dieselbe Frage wie am Anfang.\n\n" +
        "Es ist völlig in Ordnung, wenn sich deine Antwort nicht verändert hat – heute ging es ums Wahrnehmen, nicht ums Reparieren.",
      facilitatorNotes:
        "Etwa 3 Minuten.\n" +
        "- Lass wie beim Ankommen alle in Ruhe antworten, bevor du die Ergebnisse zeigst.\n" +
        "- Die Zusammenfassung zeigt die Veränderung zwischen vorher und nachher. Stell sie nicht als Punktzahl dar, die besser werden soll; jede Bewegung ist in Ordnung, auch keine.\n" +
        "- Wenn die Werte gesunken sind, erkenne an, dass das Sprechen darüber etwas aufwühlen kann, und verweise auf die Hilfsangebote.",
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
      title: "Unterstützung, wann immer du sie brauchst",
      body:
        "Danke, dass du heute da warst.\n\n" +
        "Wenn dich etwas aus dieser Sitzung weiter beschäftigt, musst du es nicht allein tragen. Die **Hilfsangebote** auf deinem Handy nennen Menschen und Orte, die helfen können. Sie sind jetzt da und auch, wenn wir fertig sind.\n\n" +
        "Wenn du reden möchtest, ist die Leitung nach der Sitzung noch da. Wenn du jemals in akuter Gefahr bist, ruf den örtlichen Notruf an.",
      facilitatorNotes:
        "Etwa 3 Minuten.\n" +
        "- Vor der Sitzung: Sorg dafür, dass die Hilfsangebote echte Stellen vor Ort nennen (Krisentelefon, Selbsthilfegruppen, Beratung). Die eingebaute Karte enthält nur Platzhalter.\n" +
        "- Zeig die Karte, nenn ein oder zwei Angebote beim Namen und sag, wo und wann du danach ansprechbar bist.\n" +
        "- Schau vor dem Beenden der Sitzung ein letztes Mal auf die Zahl bei „Ich brauche eine Pause“; die Teilnehmenden sehen danach einen Dankesbildschirm mit diesen Hilfsangeboten.",
      reactions: false,
    },
  ],
};
