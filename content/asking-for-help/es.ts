// "Pedir ayuda": the built-in session in Spanish, step by step as en.ts (same
// keys, prompts and settings). Informal "tú"; no "vosotros" and no words only
// one region uses ("teléfono", not móvil/celular), so the same text serves
// Spain and Latin America; gender-neutral wording ("a solas", "la persona que
// facilita", "quienes participan"). "La tarjeta de apoyo" is the support card.
// A machine-assisted translation: native speakers, see content/README.md.
import type { TemplateContent } from "../../lib/template-schema";
import { starterResources } from "../starter";

// The check-in and check-out must match exactly for the before/after view.
const comfortQuestion = "¿Hasta qué punto te resulta fácil pedir ayuda ahora mismo?";
const comfortScale = { max: 5, minLabel: "Nada fácil", maxLabel: "Muy fácil" };

export const es: TemplateContent = {
  schemaVersion: 1,
  language: "es",
  title: "Pedir ayuda",
  description:
    "Por qué puede costar tanto pedir ayuda, por qué importa y pequeñas formas de hacerlo más fácil, a partir de un artículo escrito desde la experiencia vivida de la recuperación. Unos 70 minutos, con siete preguntas anónimas.",
  contentNote:
    "Esta sesión trata sobre pedir ayuda, también en la recuperación y en lo que tiene que ver con nuestra salud mental. Puede despertar sentimientos o recuerdos, y está bien que sea así.\n\n" +
    "Puedes saltarte cualquier pregunta, apartar la mirada o salir un momento siempre que lo necesites. Tus respuestas son anónimas: sin nombres, y los resultados solo aparecen cuando han respondido varias personas.\n\n" +
    "Si necesitas un momento, toca «Necesito una pausa»: solo lo ve la persona que facilita, sin saber quién lo envió. Los recursos de apoyo están siempre a un toque.",
  resources: starterResources("es"),
  steps: [
    {
      key: "welcome",
      title: "Bienvenida",
      body:
        "Te damos la bienvenida, y gracias por estar aquí.\n\n" +
        "Hoy vamos a recorrer un artículo breve sobre pedir ayuda: por qué puede costar tanto, por qué importa y algunas formas sencillas de hacerlo más fácil.\n\n" +
        "De vez en cuando aparecerá una pregunta en tu teléfono. Responde si quieres: **puedes saltarte cualquier pregunta**, y saltarla siempre está bien. Nadie ve quién dijo qué.",
      facilitatorNotes:
        "Unos 5 minutos.\n" +
        "- Deja el código de acceso en pantalla hasta que el grupo se acomode.\n" +
        "- Lee en voz alta la nota de contenido o resúmela con tus palabras.\n" +
        "- Señala tres cosas en el teléfono: el botón para saltar una pregunta, la tarjeta de apoyo y «Necesito una pausa» (tú ves un recuento anónimo, nunca quién).\n" +
        "- Explica que los resultados siguen ocultos hasta que haya respondido suficiente gente y tú decidas mostrarlos.\n" +
        "- Repasa los acuerdos habituales del grupo (lo que se comparte aquí se queda aquí; escuchar sin intentar arreglar).\n" +
        "- Las reacciones están abiertas: se puede probar el botón aquí.",
      reactions: true,
    },
    {
      key: "check-in",
      title: "Ronda de llegada",
      body:
        "Empecemos con una ronda tranquila. No hay respuestas correctas ni nada que explicar, y siempre puedes saltarla. Solo fíjate en cómo estás hoy.\n\n" +
        "Al final volveremos a la misma pregunta.",
      facilitatorNotes:
        "Unos 3 minutos.\n" +
        "- Abre la pregunta y deja un minuto de silencio.\n" +
        "- Plantéate mantener los resultados ocultos hasta que haya respondido la mayoría, para que nadie sienta que debe coincidir con el grupo.\n" +
        "- Al mostrarlos, describe la variedad sin interpretarla: «Aquí hay de todo, y todo es bienvenido».\n" +
        "- Recuerda que saltar la pregunta está bien.",
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
      title: "Pedir ayuda es una fortaleza",
      // the first step that talks about addiction and recovery: phones keep it behind the note until opened
      contentNote: "Esta parte habla de la sobriedad y de la recuperación de una adicción. Puedes abrirla cuando quieras, o saltarla.",
      body:
        "En un mundo que celebra la autosuficiencia y la independencia, pedir ayuda puede sentirse como admitir una derrota.\n\n" +
        "Pero reconocer cuándo necesitas apoyo, y buscarlo, demuestra **fortaleza y autoconocimiento**. En la recuperación, importa todavía más.\n\n" +
        "Quien escribió este artículo odiaba pedir ayuda, y a veces todavía le cuesta. Su sobriedad y su recuperación son posibles gracias al apoyo que tiene en su vida, y porque se atrevió a decir: *«Necesito ayuda»*.",
      facilitatorNotes:
        "Unos 5 minutos.\n" +
        "- Léelo, o pregunta si alguien quiere leerlo en voz alta (nunca elijas a una persona).\n" +
        "- Una pregunta opcional para el grupo, en voz alta: «¿Cómo suena “admitir una derrota” dentro de tu cabeza?»\n" +
        "- Deja que el silencio respire; nadie tiene que hablar. También se puede tocar una reacción.",
      reactions: true,
    },
    {
      key: "why-not-judgement-pride",
      title: "Por qué no pedimos: el miedo al juicio y el orgullo",
      contentNote: "Esta parte habla del miedo a que nos juzguen, y de sentir debilidad o vergüenza por estar mal. Puedes abrirla cuando quieras, o saltarla.",
      body:
        "**Miedo a que nos juzguen.** Una de las barreras más grandes. Nos preocupa que los demás nos vean débiles o incapaces si admitimos que tenemos dificultades. Puede ser más fuerte en el trabajo, o cuando nos exigimos mucho.\n\n" +
        "**Orgullo y ego.** Necesitar ayuda puede sentirse como admitir que no podemos con todo por nuestra cuenta. Es especialmente difícil para quien se enorgullece de ser independiente y autosuficiente.",
      facilitatorNotes:
        "Unos 5 minutos.\n" +
        "- Invita al grupo a notar en silencio cuáles de estas le resultan familiares; en breve habrá una pregunta anónima sobre ellas.\n" +
        "- Si alguien comparte algo, dale las gracias y resiste la tentación de dar consejos.",
      reactions: true,
    },
    {
      key: "why-not-burden-self-reliance",
      title: "Por qué no pedimos: ser una carga y valernos sin ayuda",
      body:
        "**No querer ser una carga.** Muchas personas se contienen porque no quieren sumar peso a nadie. Parece que todos los demás ya tienen bastante con lo suyo.\n\n" +
        "**La idea de que deberíamos arreglárnoslas sin ayuda.** A menudo nos dicen que hay que «salir adelante por nuestros propios medios». Eso puede hacer que pedir ayuda parezca debilidad o fracaso, y que la gente sufra en silencio en lugar de buscar apoyo.",
      facilitatorNotes:
        "Unos 5 minutos.\n" +
        "- La preocupación por ser una carga suele nacer del cuidado por los demás; puede ayudar nombrarlo con cariño.\n" +
        "- Podrías preguntar: «¿Dónde aprendiste por primera vez que tenías que arreglártelas sin ayuda?» Que sea opcional y sin prisas.",
      reactions: true,
    },
    {
      key: "barriers",
      title: "¿Qué te ha frenado?",
      body:
        "Piensa en alguna vez en que necesitaste ayuda y no la pediste. ¿Cuáles de estas razones influyeron?\n\n" +
        "Elige todas las que encajen, o ninguna. Tu respuesta es anónima, y puedes saltarte la pregunta.",
      facilitatorNotes:
        "Unos 5 minutos.\n" +
        "- Deja la pregunta abierta un minuto o dos antes de mostrar los resultados.\n" +
        "- Lee los números con sencillez y normalízalos: estas barreras son comunes, y en la mayoría de los grupos aparecen varias.\n" +
        "- Nunca preguntes quién eligió qué. Si «Otra cosa» sale mucho, puedes invitar a quien quiera a nombrarla en voz alta, sin presión.",
      reactions: false,
      prompt: {
        key: "barriers-held-back",
        kind: "multiple_choice",
        question: "¿Cuáles de estas cosas te han frenado?",
        config: {
          options: [
            { id: "judgement", label: "El miedo a que me juzguen" },
            { id: "pride", label: "El orgullo: querer hacerlo todo por mi cuenta" },
            { id: "burden", label: "No querer ser una carga" },
            { id: "self-reliance", label: "Sentir que tendría que poder con todo sin ayuda" },
            { id: "something-else", label: "Otra cosa" },
          ],
        },
      },
    },
    {
      key: "inner-voice",
      title: "Lo que nos decimos por dentro",
      body:
        "A veces, la voz más difícil de superar es la nuestra. Pensamientos como *«Debería poder con esto»* o *«Ya tienen bastante con lo suyo»* pueden frenarnos antes de empezar.\n\n" +
        "Si quieres, escribe uno. Las respuestas son anónimas, y la persona que facilita las lee antes de que se muestre nada. Puedes saltarte la pregunta.",
      facilitatorNotes:
        "Unos 7 minutos.\n" +
        "- Las respuestas llegan a tu cola de moderación; nada aparece en el proyector hasta que lo apruebes.\n" +
        "- Aprueba las respuestas que se puedan compartir con seguridad; oculta cualquier cosa que nombre o pueda identificar a alguien, o que pueda hacer daño.\n" +
        "- Si una respuesta sugiere que alguien podría estar en riesgo, no la muestres. Recuerda con suavidad al grupo la tarjeta de apoyo y que estarás disponible después.\n" +
        "- Lee en voz alta algunas respuestas aprobadas, despacio, sin especular sobre quién las escribió.\n" +
        "- Un posible puente: «Es curioso cuántas de estas frases nunca le diríamos a una amistad».",
      reactions: false,
      prompt: {
        key: "inner-voice",
        kind: "open_text",
        question: "¿Qué frase te dices por dentro que hace más difícil pedir ayuda?",
        config: { maxLength: 280 },
      },
    },
    {
      key: "why-it-matters-wellbeing-connection",
      title: "Por qué importa pedir ayuda: bienestar y conexión",
      body:
        "**Cuida nuestra salud mental.** Abrirnos nos permite compartir lo que cargamos, y alivia el aislamiento y la soledad. Hablar de lo difícil puede dar respiro y una mirada nueva.\n\n" +
        "**Fortalece las relaciones.** Dejar que alguien nos apoye crea confianza y cercanía. Y da a quienes nos quieren la oportunidad de demostrarlo.",
      facilitatorNotes:
        "Unos 4 minutos.\n" +
        "- El segundo punto puede resonar de otra manera en quienes tienen relaciones difíciles; reconoce que el apoyo puede venir de muchos lugares, también de este grupo.",
      reactions: true,
    },
    {
      key: "why-it-matters-solving-growing",
      title: "Por qué importa pedir ayuda: resolver problemas y crecer",
      body:
        "**Nos ayuda a resolver problemas.** Otras personas aportan ideas que quizá no encontraríamos por nuestra cuenta. Ver un reto desde otro ángulo puede llevar a mejores decisiones.\n\n" +
        "**Nos ayuda a crecer.** Reconocer que necesitamos ayuda, y buscarla, es señal de autoconocimiento y madurez. Muestra ganas de aprender, y muestra a los demás que también está bien pedir.",
      facilitatorNotes: "Unos 4 minutos.\n" + "- Podrías preguntar: «¿Alguna vez te resultó más fácil pedir porque otra persona pidió primero?»",
      reactions: true,
    },
    {
      key: "what-matters-most",
      title: "¿Qué es lo que más te importa?",
      body:
        "Cada una de estas es una razón por la que pedir ayuda puede valer la pena. Ordénalas de la forma que sientas más cierta para ti ahora mismo.\n\n" +
        "No hay un orden correcto, y puedes saltarte la pregunta.",
      facilitatorNotes:
        "Unos 5 minutos.\n" +
        "- Explica la vista del teléfono: hay que mover los elementos para que el que más importa quede arriba.\n" +
        "- Los resultados muestran la posición media, así que es normal que salgan muy parejos.\n" +
        "- Invita a reflexionar más que a debatir: «¿Qué te llama la atención?»\n" +
        "- Puede que alguien sienta que ninguna de estas cosas está a su alcance ahora; está bien decirlo.",
      reactions: false,
      prompt: {
        key: "benefits-ranking",
        kind: "ranking",
        question: "¿Cuál de estas cosas te importa más ahora mismo?",
        config: {
          options: [
            { id: "wellbeing", label: "Sentir menos soledad y más calma" },
            { id: "relationships", label: "Relaciones más cercanas y de más confianza" },
            { id: "problem-solving", label: "Ideas nuevas para lo que estoy viviendo" },
            { id: "growth", label: "Aprender y crecer como persona" },
          ],
        },
      },
    },
    {
      key: "being-helped",
      title: "Cuando alguien ayuda",
      body: "Piensa en alguna vez en que alguien te ayudó, en algo grande o pequeño. Quizá te escuchó, estuvo ahí o simplemente se dio cuenta.\n\n" + "¿Cómo te sentiste?",
      facilitatorNotes:
        "Unos 4 minutos.\n" +
        "- No todo el mundo tiene un buen recuerdo al que acudir; puedes añadir «o cómo te imaginas que se sentiría».\n" +
        "- Las palabras pasan por moderación antes de aparecer.\n" +
        "- Al mostrar la nube, lee algunas palabras en voz alta y deja que hable por sí sola. Es un buen momento para ir más despacio.",
      reactions: false,
      prompt: {
        key: "helped-word",
        kind: "word_cloud",
        question: "Una palabra para lo que se siente cuando alguien te ayuda",
        config: { maxWords: 1 },
      },
    },
    {
      key: "overcoming-beliefs-small-steps",
      title: "Superar las barreras: creencias y pasos pequeños",
      body:
        "**Cuestiona las creencias negativas.** Recuerda que pedir ayuda es señal de fortaleza, no de debilidad. Todo el mundo necesita ayuda alguna vez, y está bien pedirla.\n\n" +
        "**Empieza poco a poco.** Si pedir ayuda te abruma, empieza por una amistad o un familiar de confianza. Con el tiempo, puedes ir buscando redes de apoyo más amplias o a profesionales.",
      facilitatorNotes:
        "Unos 4 minutos.\n" +
        "- Conecta con las respuestas abiertas: cuestionar una creencia puede empezar simplemente por notarla, como hizo el grupo antes.\n" +
        "- «Pequeño» puede ser muy pequeño: un mensaje que diga «Día difícil, ¿hablamos?»",
      reactions: true,
    },
    {
      key: "overcoming-talking-offering",
      title: "Superar las barreras: hablar con naturalidad y ofrecer ayuda",
      body:
        "**Habla del tema con naturalidad.** Cuanto más abiertamente hablemos de salud mental y de pedir ayuda, más fácil les resultará a otras personas buscar apoyo cuando lo necesiten.\n\n" +
        "**Ofrece ayuda a los demás.** Ayudar crea una cultura de apoyo mutuo. Cuando la gente ve que te ofreces a ayudar, es más probable que se sienta cómoda pidiéndote ayuda a ti también.",
      facilitatorNotes:
        "Unos 4 minutos.\n" +
        "- Sesiones como esta son parte de normalizar la conversación; puede ayudar decirlo.\n" +
        "- Ofrecer ayuda no debería convertirse en otra forma de evitar pedirla. Dar y recibir cuentan por igual.",
      reactions: true,
    },
    {
      key: "small-step",
      title: "Un pequeño paso",
      body: "Nada de esto tiene que pasar de golpe.\n\n" + "¿Cuál de estos pasos te parece posible esta semana? Elige el que sientas más a tu alcance, o sáltate la pregunta.",
      facilitatorNotes:
        "Unos 4 minutos.\n" +
        "- Que sea algo ligero: es una intención, no una promesa, y nadie va a comprobarlo.\n" +
        "- Puedes sugerir que cada quien anote en privado el paso que eligió.",
      reactions: false,
      prompt: {
        key: "small-step",
        kind: "single_choice",
        question: "¿Qué pequeño paso podrías probar esta semana?",
        config: {
          options: [
            { id: "challenge-belief", label: "Cuestionar una creencia que me hace difícil pedir" },
            { id: "start-small", label: "Acercarme a una persona de confianza" },
            { id: "talk-openly", label: "Contar con un poco más de franqueza cómo estoy" },
            { id: "offer-help", label: "Ofrecer ayuda a otra persona" },
          ],
        },
      },
    },
    {
      key: "conclusion",
      title: "Está bien pedir",
      body:
        "Pedir ayuda no es señal de debilidad. Es un acto poderoso de autoconocimiento y resiliencia.\n\n" +
        "Cuando superamos las barreras que nos frenan, podemos cuidar nuestra salud mental, fortalecer nuestras relaciones y resolver problemas con más facilidad.\n\n" +
        "**Está bien pedir ayuda.** Todo el mundo necesita apoyo a veces, y buscarlo es parte del bienestar y del crecimiento.",
      facilitatorNotes: "Unos 3 minutos.\n" + "- Léelo despacio.\n" + "- Da las gracias al grupo por lo que ha compartido, incluidos los silencios.",
      reactions: true,
    },
    {
      key: "check-out",
      title: "Ronda de cierre",
      body: "Antes de terminar, la misma pregunta del principio.\n\n" + "No pasa nada si tu respuesta no ha cambiado: hoy se trataba de darse cuenta, no de arreglar nada.",
      facilitatorNotes:
        "Unos 3 minutos.\n" +
        "- Como en la ronda de llegada, deja que respondan con calma antes de mostrar los resultados.\n" +
        "- El resumen mostrará el cambio entre el antes y el después. No lo presentes como una nota que mejorar; cualquier movimiento, o ninguno, está bien.\n" +
        "- Si la comodidad ha bajado, reconoce que hablar de esto puede remover cosas, y señala la tarjeta de apoyo.",
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
      title: "Apoyo, siempre que lo necesites",
      body:
        "Gracias por estar hoy aquí.\n\n" +
        "Si algo de esta sesión se queda contigo, no tienes que cargarlo a solas. La **tarjeta de apoyo** de tu teléfono reúne personas y lugares que pueden ayudarte. Está ahí ahora, y también cuando terminemos.\n\n" +
        "Si quieres hablar, la persona que facilita estará disponible después de la sesión. Si alguna vez estás en peligro inmediato, llama al número de emergencias de tu zona.",
      facilitatorNotes:
        "Unos 3 minutos.\n" +
        "- Antes de la sesión: asegúrate de que la tarjeta de apoyo incluya servicios locales reales (línea de crisis, grupos de recuperación, orientación psicológica). La tarjeta incluida solo tiene textos de ejemplo.\n" +
        "- Muestra la tarjeta, menciona uno o dos servicios por su nombre y di dónde y cuándo estarás disponible después.\n" +
        "- Mira por última vez el recuento de «Necesito una pausa» antes de terminar la sesión; después, quienes participan ven una pantalla de agradecimiento con estos recursos.",
      reactions: false,
    },
  ],
};
