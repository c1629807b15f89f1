// "Demander de l'aide": the built-in session in French, step by step as en.ts
// (same keys, prompts and settings). "Vous" for participants, safer in a group
// whose members may not know each other; "tu" would suit a close group, and a
// facilitator can change it in a copy. Gender-neutral wording ("la personne
// qui anime"). French spacing is added by frenchSpacing (content/french-spacing.ts).
// A machine-assisted translation: native speakers, see content/README.md.
import type { TemplateContent } from "../../lib/template-schema";
import { frenchSpacing } from "../french-spacing";
import { starterResources } from "../starter";

// The check-in and check-out must match exactly for the before/after view.
const comfortQuestion = "À quel point êtes-vous à l'aise pour demander de l'aide en ce moment ?";
const comfortScale = { max: 5, minLabel: "Pas du tout", maxLabel: "Tout à fait à l'aise" };

export const fr: TemplateContent = frenchSpacing({
  schemaVersion: 1,
  language: "fr",
  title: "Demander de l'aide",
  description:
    "Pourquoi demander de l'aide peut être si difficile, pourquoi c'est important, et de petites façons de rendre cela plus facile — d'après un article écrit à partir d'une expérience vécue du rétablissement. Environ 70 minutes, avec sept questions anonymes.",
  contentNote:
    "Cette séance parle de demander de l'aide, y compris dans le rétablissement et pour notre santé mentale. Elle peut faire remonter des émotions ou des souvenirs, et c'est normal.\n\n" +
    "Vous pouvez passer n'importe quelle question, détourner le regard ou sortir dès que vous en avez besoin. Vos réponses sont anonymes : aucun nom, et les résultats n'apparaissent qu'une fois que plusieurs personnes ont répondu.\n\n" +
    "Si vous avez besoin d'un moment, touchez « J'ai besoin d'une pause » : seule la personne qui anime le voit, sans savoir qui l'a envoyé. Les ressources de soutien sont toujours à portée de main.",
  resources: starterResources("fr"),
  steps: [
    {
      key: "welcome",
      title: "Bienvenue",
      body:
        "Bienvenue, et merci d'être là.\n\n" +
        "Aujourd'hui, nous allons parcourir un court article sur le fait de demander de l'aide : pourquoi c'est parfois si difficile, pourquoi c'est important, et quelques petites façons de rendre cela plus facile.\n\n" +
        "De temps en temps, une question apparaîtra sur votre téléphone. Répondez si vous le souhaitez : **vous pouvez passer chaque question**, et c'est toujours permis. Personne ne voit qui a dit quoi.",
      facilitatorNotes:
        "Environ 5 minutes.\n" +
        "- Laissez le code d'accès à l'écran jusqu'à ce que tout le monde soit installé.\n" +
        "- Lisez l'avertissement sur le contenu à voix haute, ou résumez-le avec vos mots.\n" +
        "- Montrez trois choses sur le téléphone : le bouton pour passer, les ressources de soutien, et « J'ai besoin d'une pause » (vous voyez un nombre anonyme, jamais qui).\n" +
        "- Précisez que les résultats restent cachés jusqu'à ce qu'assez de personnes aient répondu et que vous choisissiez de les montrer.\n" +
        "- Rappelez les accords habituels du groupe (ce qui se dit ici reste ici ; écouter sans chercher à réparer).\n" +
        "- Les réactions sont ouvertes : chacun peut essayer le bouton ici.",
      reactions: true,
    },
    {
      key: "check-in",
      title: "Tour d'arrivée",
      body:
        "Commençons par un tour d'arrivée, en silence. Il n'y a pas de bonne réponse ni rien à expliquer, et vous pouvez toujours passer. Remarquez simplement où vous en êtes aujourd'hui.\n\n" +
        "Nous reviendrons à la même question à la fin.",
      facilitatorNotes:
        "Environ 3 minutes.\n" +
        "- Ouvrez la question et laissez une minute de calme.\n" +
        "- Vous pouvez garder les résultats cachés jusqu'à ce que la plupart aient répondu, pour que personne ne se sente obligé de suivre le groupe.\n" +
        "- En les montrant, décrivez la répartition sans l'interpréter : « Il y a vraiment de tout ici, et tout est bienvenu. »\n" +
        "- Rappelez qu'on peut toujours passer.",
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
      title: "Demander de l'aide est une force",
      // the first step that talks about addiction and recovery: phones keep it behind the note until opened
      contentNote: "Cette partie parle d'abstinence et de rétablissement après une addiction. Vous pouvez l'ouvrir quand vous le souhaitez, ou la passer.",
      body:
        "Dans un monde qui valorise l'autonomie et l'indépendance, demander de l'aide peut donner l'impression d'avouer un échec.\n\n" +
        "Pourtant, reconnaître qu'on a besoin de soutien, et aller le chercher, montre de la **force et de la conscience de soi**. Dans le rétablissement, c'est d'autant plus vrai.\n\n" +
        "La personne qui a écrit cet article détestait demander de l'aide, et elle a encore du mal parfois. Son abstinence et son rétablissement sont possibles grâce au soutien qui l'entoure — et parce qu'elle a accepté de dire : *« J'ai besoin d'aide. »*",
      facilitatorNotes:
        "Environ 5 minutes.\n" +
        "- Lisez le texte, ou demandez si quelqu'un aimerait le lire à voix haute (ne désignez jamais personne).\n" +
        "- Une question facultative pour le groupe, à voix haute : « À quoi ressemble “avouer un échec” dans votre tête ? »\n" +
        "- Laissez le silence s'installer ; personne n'est obligé de parler. On peut aussi toucher une réaction.",
      reactions: true,
    },
    {
      key: "why-not-judgement-pride",
      title: "Pourquoi on ne demande pas : la peur du jugement et la fierté",
      contentNote: "Cette partie parle du sentiment d'être jugé, faible ou honteux quand on va mal. Vous pouvez l'ouvrir quand vous le souhaitez, ou la passer.",
      body:
        "**La peur du jugement.** L'un des plus grands obstacles. On craint que les autres nous trouvent faibles ou incapables si l'on admet qu'on a du mal. Elle peut être plus forte au travail, ou quand on attend beaucoup de soi-même.\n\n" +
        "**La fierté et l'ego.** Avoir besoin d'aide peut ressembler à un aveu : on n'arrive pas à tout gérer par soi-même. C'est particulièrement dur pour celles et ceux qui tirent fierté de leur indépendance et de leur autonomie.",
      facilitatorNotes:
        "Environ 5 minutes.\n" +
        "- Invitez chacun à remarquer, en silence, ce qui lui parle ; une question anonyme sur ces obstacles arrive bientôt.\n" +
        "- Si quelqu'un partage, remerciez-le et résistez à l'envie de donner des conseils.",
      reactions: true,
    },
    {
      key: "why-not-burden-self-reliance",
      title: "Pourquoi on ne demande pas : peur de peser, devoir s'en sortir",
      body:
        "**Ne pas vouloir être un poids.** Beaucoup d'entre nous se retiennent pour ne pas alourdir la charge des autres. Tout le monde semble déjà avoir assez à faire.\n\n" +
        "**L'idée qu'on devrait s'en sortir par soi-même.** On nous dit souvent qu'il faut « se débrouiller par ses propres moyens ». Demander peut alors passer pour de la faiblesse ou un échec — et l'on souffre en silence plutôt que de tendre la main.",
      facilitatorNotes:
        "Environ 5 minutes.\n" +
        "- La peur d'être un poids vient souvent du souci des autres ; il peut être utile de le dire avec bienveillance.\n" +
        "- Vous pouvez demander : « Où avez-vous appris, pour la première fois, qu'il fallait s'en sortir sans aide ? » Sans obligation, sans presser.",
      reactions: true,
    },
    {
      key: "barriers",
      title: "Qu'est-ce qui a pu vous retenir ?",
      body:
        "Pensez à un moment où vous aviez besoin d'aide et ne l'avez pas demandée. Lesquelles de ces raisons ont joué ?\n\n" +
        "Choisissez-en autant que vous voulez, ou aucune. Votre réponse est anonyme, et vous pouvez passer.",
      facilitatorNotes:
        "Environ 5 minutes.\n" +
        "- Laissez la question ouverte une minute ou deux avant de montrer les résultats.\n" +
        "- Lisez les chiffres simplement et normalisez-les : ces obstacles sont courants, et la plupart des groupes en partagent plusieurs.\n" +
        "- Ne demandez jamais qui a choisi quoi. Si « Autre chose » revient souvent, vous pouvez inviter celles et ceux qui le souhaitent à le nommer à voix haute — sans pression.",
      reactions: false,
      prompt: {
        key: "barriers-held-back",
        kind: "multiple_choice",
        question: "Lesquelles de ces raisons ont pu vous retenir ?",
        config: {
          options: [
            { id: "judgement", label: "La peur du jugement" },
            { id: "pride", label: "La fierté — vouloir m'en sortir par moi-même" },
            { id: "burden", label: "Ne pas vouloir être un poids" },
            { id: "self-reliance", label: "Le sentiment de devoir tout affronter sans aide" },
            { id: "something-else", label: "Autre chose" },
          ],
        },
      },
    },
    {
      key: "inner-voice",
      title: "Ce que l'on se dit",
      body:
        "Parfois, la voix la plus difficile à dépasser est la nôtre. Des pensées comme *« Je devrais pouvoir gérer ça »* ou *« Ils ont déjà assez à faire »* peuvent nous arrêter avant même de commencer.\n\n" +
        "Si vous le souhaitez, écrivez-en une. Les réponses sont anonymes, et la personne qui anime les lit avant que quoi que ce soit ne s'affiche. Vous pouvez passer.",
      facilitatorNotes:
        "Environ 7 minutes.\n" +
        "- Les réponses arrivent dans votre file de modération ; rien n'apparaît sur l'écran partagé avant que vous ne l'approuviez.\n" +
        "- Approuvez les réponses qui peuvent être partagées sans risque ; masquez tout ce qui nomme ou pourrait identifier quelqu'un, ou qui pourrait blesser.\n" +
        "- Si une réponse laisse penser que quelqu'un est peut-être en danger, ne l'affichez pas. Rappelez doucement au groupe les ressources de soutien et que vous restez disponible après.\n" +
        "- Lisez lentement quelques réponses approuvées, sans chercher à deviner qui les a écrites.\n" +
        "- Une transition possible : « Remarquez combien de ces phrases nous ne dirions jamais à une amie ou un ami. »",
      reactions: false,
      prompt: {
        key: "inner-voice",
        kind: "open_text",
        question: "Quelle phrase vous dites-vous, qui rend la demande d'aide plus difficile ?",
        config: { maxLength: 280 },
      },
    },
    {
      key: "why-it-matters-wellbeing-connection",
      title: "Pourquoi demander compte : bien-être et lien",
      body:
        "**Cela soutient notre santé mentale.** Tendre la main permet de partager ce que l'on porte, et apaise l'isolement et la solitude. Parler de ce qui est difficile peut soulager et ouvrir un regard nouveau.\n\n" +
        "**Cela renforce les relations.** Laisser quelqu'un nous soutenir crée de la confiance et de la proximité. Cela donne aussi aux personnes qui tiennent à nous l'occasion de le montrer.",
      facilitatorNotes:
        "Environ 4 minutes.\n" +
        "- Le second point peut résonner autrement pour les personnes dont les relations sont tendues ; reconnaissez que le soutien peut venir de bien des endroits, y compris de ce groupe.",
      reactions: true,
    },
    {
      key: "why-it-matters-solving-growing",
      title: "Pourquoi demander compte : résoudre et grandir",
      body:
        "**Cela aide à résoudre les problèmes.** Les autres apportent des idées qu'on n'aurait peut-être pas trouvées par soi-même. Voir une difficulté sous un nouvel angle peut mener à de meilleures décisions.\n\n" +
        "**Cela aide à grandir.** Reconnaître qu'on a besoin d'aide, et la chercher, est un signe de conscience de soi et de maturité. Cela montre une envie d'apprendre — et cela montre aux autres qu'ils peuvent demander, eux aussi.",
      facilitatorNotes: "Environ 4 minutes.\n" + "- Vous pouvez demander : « Est-ce que le fait qu'une autre personne demande vous a déjà rendu la demande plus facile ? »",
      reactions: true,
    },
    {
      key: "what-matters-most",
      title: "Qu'est-ce qui compte le plus pour vous ?",
      body:
        "Chacune de ces raisons peut rendre la demande d'aide utile. Classez-les dans l'ordre qui vous semble juste pour vous en ce moment.\n\n" +
        "Il n'y a pas de bon ordre, et vous pouvez passer.",
      facilitatorNotes:
        "Environ 5 minutes.\n" +
        "- Expliquez l'écran du téléphone : déplacez les éléments pour mettre en haut celui qui compte le plus.\n" +
        "- Les résultats montrent la position moyenne ; des résultats proches sont donc normaux.\n" +
        "- Invitez à la réflexion plutôt qu'au débat : « Qu'est-ce qui vous frappe ? »\n" +
        "- Certaines personnes peuvent sentir qu'aucune de ces choses n'est à leur portée en ce moment ; c'est permis de le dire.",
      reactions: false,
      prompt: {
        key: "benefits-ranking",
        kind: "ranking",
        question: "Qu'est-ce qui compte le plus pour vous en ce moment ?",
        config: {
          options: [
            { id: "wellbeing", label: "Moins de solitude, plus d'apaisement" },
            { id: "relationships", label: "Des relations plus proches et plus confiantes" },
            { id: "problem-solving", label: "De nouvelles idées pour ce que je traverse" },
            { id: "growth", label: "Apprendre et grandir" },
          ],
        },
      },
    },
    {
      key: "being-helped",
      title: "Quand quelqu'un aide",
      body:
        "Pensez à un moment où quelqu'un vous a apporté son aide, pour une grande ou une petite chose. Peut-être en vous écoutant, en étant là, ou simplement en remarquant ce qui se passait.\n\n" +
        "Qu'avez-vous ressenti ?",
      facilitatorNotes:
        "Environ 4 minutes.\n" +
        "- Tout le monde n'a pas un bon souvenir sur lequel s'appuyer ; vous pouvez ajouter « ou ce que vous imaginez ressentir ».\n" +
        "- Les mots passent par la modération avant d'apparaître.\n" +
        "- Au moment de montrer le nuage, lisez quelques mots à voix haute et laissez-le parler de lui-même. Un bon moment pour ralentir.",
      reactions: false,
      prompt: {
        key: "helped-word",
        kind: "word_cloud",
        question: "Un mot pour ce que l'on ressent quand quelqu'un vous aide",
        config: { maxWords: 1 },
      },
    },
    {
      key: "overcoming-beliefs-small-steps",
      title: "Dépasser les obstacles : croyances et petits pas",
      body:
        "**Questionner les croyances négatives.** Rappelez-vous que demander de l'aide est un signe de force, pas de faiblesse. Tout le monde a besoin d'aide parfois, et c'est normal de tendre la main.\n\n" +
        "**Commencer petit.** Si demander vous semble trop lourd, commencez par une personne de confiance, parmi vos amis ou votre famille. Avec le temps, vous pourrez vous tourner vers des réseaux de soutien plus larges ou des professionnels.",
      facilitatorNotes:
        "Environ 4 minutes.\n" +
        "- Faites le lien avec les réponses libres : questionner une croyance peut commencer par la remarquer, comme le groupe l'a fait tout à l'heure.\n" +
        "- « Petit » peut être tout petit : un message comme « Journée difficile, on peut parler ? »",
      reactions: true,
    },
    {
      key: "overcoming-talking-offering",
      title: "Dépasser les obstacles : en parler ouvertement et offrir son aide",
      body:
        "**En parler ouvertement.** Plus nous parlons ouvertement de santé mentale et de demander de l'aide, plus il devient facile pour les autres de tendre la main quand ils en ont besoin.\n\n" +
        "**Offrir son aide.** Aider crée une culture de soutien mutuel. Quand les autres voient que vous proposez votre aide, ils se sentent plus à l'aise pour vous en demander en retour.",
      facilitatorNotes:
        "Environ 4 minutes.\n" +
        "- Des séances comme celle-ci contribuent à rendre ces conversations ordinaires ; il peut être utile de le dire.\n" +
        "- Offrir son aide ne devrait pas devenir une autre façon d'éviter d'en demander. Donner et recevoir comptent tous les deux.",
      reactions: true,
    },
    {
      key: "small-step",
      title: "Un petit pas",
      body:
        "Rien de tout cela ne doit arriver d'un coup.\n\n" +
        "Lequel de ces pas vous semble possible cette semaine ? Choisissez celui qui vous paraît le plus à votre portée — ou passez.",
      facilitatorNotes:
        "Environ 4 minutes.\n" +
        "- Gardez un ton léger : c'est une intention, pas une promesse, et personne ne viendra vérifier.\n" +
        "- Vous pouvez suggérer à chacun de noter pour lui-même le pas choisi.",
      reactions: false,
      prompt: {
        key: "small-step",
        kind: "single_choice",
        question: "Quel petit pas pourriez-vous essayer cette semaine ?",
        config: {
          options: [
            { id: "challenge-belief", label: "Questionner une croyance qui rend la demande plus difficile" },
            { id: "start-small", label: "Contacter une personne de confiance" },
            { id: "talk-openly", label: "Dire un peu plus ouvertement comment je vais" },
            { id: "offer-help", label: "Proposer mon aide à quelqu'un" },
          ],
        },
      },
    },
    {
      key: "conclusion",
      title: "On a le droit de demander",
      body:
        "Demander de l'aide n'est pas un signe de faiblesse. C'est un acte fort de conscience de soi et de résilience.\n\n" +
        "En dépassant les obstacles qui nous retiennent, nous pouvons prendre soin de notre santé mentale, renforcer nos relations et résoudre plus facilement nos problèmes.\n\n" +
        "**On a le droit de demander de l'aide.** Tout le monde a besoin de soutien parfois, et tendre la main fait partie du bien-être et de la croissance.",
      facilitatorNotes: "Environ 3 minutes.\n" + "- Lisez lentement.\n" + "- Remerciez le groupe pour ce qui a été partagé, silences compris.",
      reactions: true,
    },
    {
      key: "check-out",
      title: "Tour de clôture",
      body:
        "Avant de nous quitter, la même question qu'au début.\n\n" +
        "Ce n'est pas grave si votre réponse n'a pas changé — aujourd'hui, il s'agissait de remarquer, pas de réparer.",
      facilitatorNotes:
        "Environ 3 minutes.\n" +
        "- Comme au tour d'arrivée, laissez chacun répondre tranquillement avant de montrer les résultats.\n" +
        "- Le résumé montrera l'évolution entre avant et après. Ne la présentez pas comme un score à améliorer ; tout mouvement, ou aucun, est bien.\n" +
        "- Si l'aisance a baissé, reconnaissez qu'en parler peut remuer des choses, et rappelez les ressources de soutien.",
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
      title: "Du soutien, quand vous en avez besoin",
      body:
        "Merci d'avoir été là aujourd'hui.\n\n" +
        "Si quelque chose de cette séance vous reste, vous n'avez pas à le porter sans aide. Les **ressources de soutien** sur votre téléphone indiquent des personnes et des lieux qui peuvent aider. Elles sont là maintenant, et après la fin.\n\n" +
        "Si vous voulez parler, la personne qui anime reste disponible après la séance. Si vous êtes un jour en danger immédiat, appelez le numéro d'urgence local.",
      facilitatorNotes:
        "Environ 3 minutes.\n" +
        "- Avant la séance : vérifiez que les ressources de soutien indiquent de vrais services locaux (ligne d'écoute, groupes de rétablissement, accompagnement psychologique). La carte fournie ne contient que des exemples à remplacer.\n" +
        "- Montrez la carte, citez un ou deux services par leur nom, et dites où et quand vous serez disponible après.\n" +
        "- Regardez une dernière fois le nombre de « J'ai besoin d'une pause » avant de terminer la séance ; les participants voient ensuite un écran de remerciement avec ces ressources.",
      reactions: false,
    },
  ],
});
