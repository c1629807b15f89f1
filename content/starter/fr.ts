// French defaults for a new template (see en.ts). "Vous": safer in a group
// whose members may not know each other; gender-neutral wording ("la personne
// qui anime"). French spacing (a no-break space before : ; ? ! and inside « »)
// is added by frenchSpacing, so the text here stays readable.
import { frenchSpacing } from "../french-spacing";
import type { StarterDefaults } from "./starter-defaults";

export const fr: StarterDefaults = frenchSpacing({
  contentNote:
    "Cette séance peut toucher à des expériences personnelles et faire remonter des émotions ou des souvenirs. C'est normal.\n\n" +
    "Vous pouvez passer n'importe quelle question, détourner le regard ou sortir dès que vous en avez besoin. Vos réponses sont anonymes : aucun nom, et les résultats n'apparaissent qu'une fois que plusieurs personnes ont répondu.\n\n" +
    "Si vous avez besoin d'un moment, touchez « J'ai besoin d'une pause » : seule la personne qui anime le voit. Les ressources de soutien sont toujours à portée de main.",
  resources: {
    title: "Du soutien, quand vous en avez besoin",
    intro: "Vous n'avez pas à tout porter sans aide. Si quelque chose remonte aujourd'hui, ces ressources peuvent vous aider, pendant la séance ou à tout moment après.",
    items: [
      {
        label: "Si vous êtes en danger immédiat, appelez le numéro d'urgence local.",
        detail: "Si vous le pouvez, prévenez aussi quelqu'un près de vous.",
      },
      {
        label: "Parlez à la personne qui anime",
        detail:
          "Pendant une pause ou après la séance. Vous pouvez aussi toucher « J'ai besoin d'une pause » à tout moment : seule la personne qui anime le voit, sans savoir qui l'a envoyé.",
      },
      {
        label: "Ajoutez ici la ligne d'écoute locale",
        detail: "Pour l'animation : modifiez les ressources de ce modèle avant la séance, pour que tout le monde voie un numéro valable là où le groupe se réunit.",
        placeholder: true,
      },
      {
        label: "Ajoutez ici les services de soutien locaux",
        detail:
          "Par exemple un groupe d'entraide ou de rétablissement, un service d'écoute ou de conseil, un lieu d'accueil de quartier. Pour l'animation : modifiez les ressources de ce modèle avant la séance.",
        placeholder: true,
      },
      {
        label: "Tournez-vous vers une personne de confiance",
        detail: "Une amie ou un ami, un membre de votre famille, votre parrain ou marraine, un mentor. Un court message suffit : « On peut parler ? »",
      },
    ],
  },
  imported: {
    title: "Article importé",
    description: "Importé depuis Markdown. Avant de l'utiliser, relisez l'avertissement sur le contenu et les ressources de soutien, et ajoutez des questions dans l'éditeur.",
    introduction: "Introduction",
    untitled: "Section sans titre",
    continued: "(suite)",
  },
});
