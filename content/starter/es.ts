// Spanish defaults for a new template (see en.ts). Informal "tú", and no
// "vosotros" or words only one region uses, so the same text serves Spain and
// Latin America; gender-neutral wording ("a solas", "la persona que facilita").
import type { StarterDefaults } from "./starter-defaults";

export const es: StarterDefaults = {
  contentNote:
    "Esta sesión puede tocar experiencias personales y despertar sentimientos o recuerdos. Está bien que así sea.\n\n" +
    "Puedes saltarte cualquier pregunta, apartar la mirada o salir un momento siempre que lo necesites. Tus respuestas son anónimas: sin nombres, y los resultados solo aparecen cuando han respondido varias personas.\n\n" +
    "Si necesitas un momento, toca «Necesito una pausa»: solo lo ve la persona que facilita. Los recursos de apoyo están siempre a un toque.",
  resources: {
    title: "Apoyo, siempre que lo necesites",
    intro: "No tienes que cargar con todo a solas. Si algo de lo de hoy te remueve, esto puede ayudarte, durante la sesión o en cualquier momento después.",
    items: [
      {
        label: "Si estás en peligro inmediato, llama al número de emergencias de tu zona.",
        detail: "Si puedes, avisa también a alguien que esté cerca.",
      },
      {
        label: "Habla con la persona que facilita",
        detail:
          "En una pausa o después de la sesión. También puedes tocar «Necesito una pausa» en cualquier momento: solo lo ve la persona que facilita, sin saber quién lo envió.",
      },
      {
        label: "Añade aquí la línea de crisis de tu zona",
        detail: "Para quien facilita: edita los recursos de esta plantilla antes de usarla, para que el grupo vea un número que funcione donde se reúne.",
        placeholder: true,
      },
      {
        label: "Añade aquí los servicios de apoyo de tu zona",
        detail:
          "Por ejemplo, un grupo de recuperación o de ayuda mutua, un servicio de orientación psicológica o un centro comunitario. Para quien facilita: edita los recursos de esta plantilla antes de usarla.",
        placeholder: true,
      },
      {
        label: "Acude a alguien de confianza",
        detail: "Una amistad, alguien de tu familia, tu padrino o madrina, o una persona mentora. Basta con un mensaje corto: «¿Podemos hablar?»",
      },
    ],
  },
  imported: {
    title: "Artículo importado",
    description: "Importado desde Markdown. Antes de usarlo, revisa el aviso de contenido y los recursos de apoyo, y añade preguntas en el editor.",
    introduction: "Introducción",
    untitled: "Sección sin título",
    continued: "(continuación)",
  },
};
