// The built-in "Asking for help" session in English: the article in
// /work/shared/content/asking-for-help.txt, condensed into projector-sized
// steps, with prompts written for a peer-support / recovery group.
// Tone: calm, warm, never pressuring; every prompt can be passed.
// The other languages (de.ts, es.ts, …) follow this file step by step: a
// change here is a change there too.
import type { TemplateContent } from "../../lib/template-schema";
import { starterResources } from "../starter";

// The check-in and check-out must match exactly for the before/after view.
const comfortQuestion = "How comfortable are you asking for help right now?";
const comfortScale = { max: 5, minLabel: "Not at all", maxLabel: "Very comfortable" };

export const en: TemplateContent = {
  schemaVersion: 1,
  language: "en",
  title: "Asking for help",
  description:
    "Why asking for help can be so hard, why it matters, and small ways to make it easier — based on an article written from lived experience of recovery. About 70 minutes, with seven anonymous prompts.",
  contentNote:
    "This session is about asking for help, including in recovery and with our mental health. It may bring up feelings or memories, and that's okay.\n\n" +
    "You can pass on any question, look away, or step out whenever you need to. Your answers are anonymous: no names, and results only appear once several people have answered.\n\n" +
    'If you need a moment, tap "I need a pause" — only the facilitator sees it, and not who sent it. Support resources are always one tap away.',
  resources: starterResources("en"),
  steps: [
    {
      key: "welcome",
      title: "Welcome",
      body:
        "Welcome, and thank you for being here.\n\n" +
        "Today we'll move through a short article about asking for help: why it can be so hard, why it matters, and some small ways to make it easier.\n\n" +
        "Now and then a question will appear on your phone. Answer if you'd like to — **every question can be passed**, and passing is always okay. Nobody sees who said what.",
      facilitatorNotes:
        "About 5 minutes.\n" +
        "- Keep the join code on screen until the room settles.\n" +
        "- Read the content note aloud or summarise it in your own words.\n" +
        '- Point out three things on the phone: the Pass button, the support card, and "I need a pause" (you see an anonymous count, never who).\n' +
        "- Say that results stay hidden until enough people have answered and you choose to show them.\n" +
        "- Recap your usual group agreements (what's shared here stays here; listen without fixing).\n" +
        "- Reactions are open: people can try the button here.",
      reactions: true,
    },
    {
      key: "check-in",
      title: "Checking in",
      body:
        "Let's start with a quiet check-in. There's no right answer and nothing to explain, and you can always pass. Just notice where you are today.\n\n" +
        "We'll come back to the same question at the end.",
      facilitatorNotes:
        "About 3 minutes.\n" +
        "- Open the prompt and give people a minute of quiet.\n" +
        "- Consider keeping results hidden until most have answered, so nobody feels they should match the room.\n" +
        '- When you reveal, describe the spread without interpreting it: "There\'s a real range here, and all of it is welcome."\n' +
        "- Remind people that passing is fine.",
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
      title: "Asking for help is a strength",
      // the first step that talks about addiction and recovery: phones keep it behind the note until opened
      contentNote: "This part mentions sobriety and recovery from addiction. You can open it when you're ready, or skip it.",
      body:
        "In a world that celebrates self-reliance and independence, asking for help can feel like admitting defeat.\n\n" +
        "But recognising when you need support, and reaching out for it, shows **strength and self-awareness**. In recovery, it matters all the more.\n\n" +
        'The writer of this article hated asking for help, and still struggles with it sometimes. Their sobriety and recovery are possible because of the support in their life — and because they were willing to say, *"I need help."*',
      facilitatorNotes:
        "About 5 minutes.\n" +
        "- Read it through, or ask whether someone would like to read it aloud (never pick a person).\n" +
        "- An optional question for the room, out loud: \"What does 'admitting defeat' sound like in your head?\"\n" +
        "- Let silence sit; nobody has to speak. People can tap a reaction instead.",
      reactions: true,
    },
    {
      key: "why-not-judgement-pride",
      title: "Why we don't ask: judgement and pride",
      contentNote: "This part talks about feeling judged, weak or ashamed for struggling. You can open it when you're ready, or skip it.",
      body:
        "**Fear of judgement.** One of the biggest barriers. We worry that people will see us as weak or incapable if we admit we're struggling. It can be strongest at work, or when we expect a lot of ourselves.\n\n" +
        "**Pride and ego.** Needing help can feel like admitting we can't handle things on our own. That's especially hard for anyone who takes pride in being independent and self-sufficient.",
      facilitatorNotes:
        "About 5 minutes.\n" +
        "- Invite people to notice, silently, which of these sound familiar; there's an anonymous question about them shortly.\n" +
        "- If someone shares, thank them and resist giving advice.",
      reactions: true,
    },
    {
      key: "why-not-burden-self-reliance",
      title: "Why we don't ask: burden and self-reliance",
      body:
        "**Not wanting to be a burden.** Many of us hold back because we don't want to add to anyone's load. Everyone else seems to have enough going on already.\n\n" +
        '**The idea that we should cope alone.** We\'re often told to "pull ourselves up by our bootstraps". That can make asking look like weakness or failure — so people struggle in silence rather than reach out.',
      facilitatorNotes:
        "About 5 minutes.\n" +
        "- The burden worry often comes from care for others; it can help to name that kindly.\n" +
        '- You might ask: "Where did you first learn that you should cope alone?" Keep it optional and unhurried.',
      reactions: true,
    },
    {
      key: "barriers",
      title: "What has held you back?",
      body: "Think of a time you needed help and didn't ask. Which of these played a part?\n\n" + "Pick as many as fit, or none. Your answer is anonymous, and you can pass.",
      facilitatorNotes:
        "About 5 minutes.\n" +
        "- Leave it open for a minute or two before revealing.\n" +
        "- Read the numbers plainly and normalise them: these barriers are common, and most rooms share several.\n" +
        '- Never ask who chose what. If "Something else" is high, you can invite anyone who wants to name it aloud — no pressure.',
      reactions: false,
      prompt: {
        key: "barriers-held-back",
        kind: "multiple_choice",
        question: "Which of these have held you back?",
        config: {
          options: [
            { id: "judgement", label: "Worrying about being judged" },
            { id: "pride", label: "Pride — wanting to manage on my own" },
            { id: "burden", label: "Not wanting to be a burden" },
            { id: "self-reliance", label: "Feeling I'm supposed to cope alone" },
            { id: "something-else", label: "Something else" },
          ],
        },
      },
    },
    {
      key: "inner-voice",
      title: "The things we tell ourselves",
      body:
        'Sometimes the hardest voice to get past is our own. Thoughts like *"I should be able to handle this"* or *"They\'ve got enough on their plate"* can stop us before we\'ve begun.\n\n' +
        "If you'd like to, write one down. Answers are anonymous, and the facilitator reads them before anything is shown. You can pass.",
      facilitatorNotes:
        "About 7 minutes.\n" +
        "- Answers land in your moderation queue; nothing reaches the projector until you approve it.\n" +
        "- Approve answers that are safe to share; hide anything that names or could identify someone, or that could hurt.\n" +
        "- If an answer suggests someone may be at risk, don't show it. Gently remind the room about the support card and that you're around afterwards.\n" +
        "- Read a few approved answers aloud, slowly, with no guessing about who wrote them.\n" +
        '- A possible bridge: "Notice how many of these we\'d never say to a friend."',
      reactions: false,
      prompt: {
        key: "inner-voice",
        kind: "open_text",
        question: "What is one thing you tell yourself that makes asking harder?",
        config: { maxLength: 280 },
      },
    },
    {
      key: "why-it-matters-wellbeing-connection",
      title: "Why asking matters: well-being and connection",
      body:
        "**It supports our mental health.** Reaching out lets us share what we're carrying, and eases isolation and loneliness. Talking about what's hard can bring relief and a new perspective.\n\n" +
        "**It strengthens relationships.** Letting someone support us builds trust and closeness. It also gives the people who care about us a chance to show it.",
      facilitatorNotes:
        "About 4 minutes.\n" +
        "- The second point can land differently for people with strained relationships; acknowledge that support can come from many places, including this group.",
      reactions: true,
    },
    {
      key: "why-it-matters-solving-growing",
      title: "Why asking matters: solving problems and growing",
      body:
        "**It helps us solve problems.** Other people bring ideas we might not find alone. Seeing a challenge from a new angle can lead to better decisions.\n\n" +
        "**It helps us grow.** Recognising that we need help, and seeking it, is a sign of self-awareness and maturity. It shows a willingness to learn — and it shows others that it's okay to ask, too.",
      facilitatorNotes: "About 4 minutes.\n" + '- You might ask: "Has someone else\'s asking ever made it easier for you to ask?"',
      reactions: true,
    },
    {
      key: "what-matters-most",
      title: "What matters most to you?",
      body: "Each of these is a reason asking for help can be worth it. Put them in the order that feels true for you right now.\n\n" + "There's no right order, and you can pass.",
      facilitatorNotes:
        "About 5 minutes.\n" +
        "- Explain the phone view: move items so the one that matters most is at the top.\n" +
        "- Results show the average position, so close results are normal.\n" +
        '- Invite reflection rather than debate: "What stands out for you?"\n' +
        "- Some people may feel none of these is within reach right now; it's okay to say so.",
      reactions: false,
      prompt: {
        key: "benefits-ranking",
        kind: "ranking",
        question: "Which of these matters most to you right now?",
        config: {
          options: [
            { id: "wellbeing", label: "Feeling less alone and more at ease" },
            { id: "relationships", label: "Closer, more trusting relationships" },
            { id: "problem-solving", label: "New ideas for what I'm facing" },
            { id: "growth", label: "Learning and growing as a person" },
          ],
        },
      },
    },
    {
      key: "being-helped",
      title: "When someone helps",
      body: "Think of a time someone helped you, big or small. Maybe they listened, showed up, or simply noticed.\n\n" + "How did it feel?",
      facilitatorNotes:
        "About 4 minutes.\n" +
        '- Not everyone has a good memory to draw on; you can add "or how you imagine it might feel".\n' +
        "- Words go through moderation before they appear.\n" +
        "- When you reveal, read a few words aloud and let the cloud speak for itself. A good moment to slow down.",
      reactions: false,
      prompt: {
        key: "helped-word",
        kind: "word_cloud",
        question: "One word for how it feels when someone helps you",
        config: { maxWords: 1 },
      },
    },
    {
      key: "overcoming-beliefs-small-steps",
      title: "Overcoming the barriers: beliefs and small steps",
      body:
        "**Challenge the negative beliefs.** Remind yourself that asking for help is a sign of strength, not weakness. Everyone needs help at times, and it's okay to reach out.\n\n" +
        "**Start small.** If asking feels overwhelming, begin with one trusted friend or family member. Over time, you can work up to wider support networks or professionals.",
      facilitatorNotes:
        "About 4 minutes.\n" +
        "- Link back to the open-text answers: challenging a belief can start with simply noticing it, as the room did earlier.\n" +
        '- "Small" can be very small: a text that says "Rough day, can we talk?"',
      reactions: true,
    },
    {
      key: "overcoming-talking-offering",
      title: "Overcoming the barriers: talking openly and offering help",
      body:
        "**Normalise the conversation.** The more openly we talk about mental health and asking for help, the easier it becomes for others to reach out when they need to.\n\n" +
        "**Offer help to others.** Helping builds a culture of mutual support. When people see you're willing to help them, they're more likely to feel comfortable asking you in return.",
      facilitatorNotes:
        "About 4 minutes.\n" +
        "- Sessions like this one are part of normalising the conversation; it can help to say so.\n" +
        "- Offering help shouldn't become another way of avoiding asking. Giving and receiving both count.",
      reactions: true,
    },
    {
      key: "small-step",
      title: "One small step",
      body: "None of this has to happen all at once.\n\n" + "Which of these feels possible for you this week? Choose the one that feels most within reach — or pass.",
      facilitatorNotes:
        "About 4 minutes.\n" +
        "- Keep it low-stakes: this is an intention, not a promise, and nobody will check up on it.\n" +
        "- You might suggest people make a private note of the step they chose.",
      reactions: false,
      prompt: {
        key: "small-step",
        kind: "single_choice",
        question: "Which small step could you try this week?",
        config: {
          options: [
            { id: "challenge-belief", label: "Question one belief that makes asking harder" },
            { id: "start-small", label: "Reach out to one person I trust" },
            { id: "talk-openly", label: "Be a little more open about how I'm doing" },
            { id: "offer-help", label: "Offer help to someone else" },
          ],
        },
      },
    },
    {
      key: "conclusion",
      title: "It's okay to ask",
      body:
        "Asking for help isn't a sign of weakness. It's a powerful act of self-awareness and resilience.\n\n" +
        "When we get past the barriers that hold us back, we can look after our mental health, strengthen our relationships and solve problems more easily.\n\n" +
        "**It's okay to ask for help.** Everyone needs support sometimes, and reaching out is part of well-being and growth.",
      facilitatorNotes: "About 3 minutes.\n" + "- Read it slowly.\n" + "- Thank the room for what they shared, including the silences.",
      reactions: true,
    },
    {
      key: "check-out",
      title: "Checking out",
      body: "Before we close, the same question as at the start.\n\n" + "It's fine if your answer hasn't changed — today was about noticing, not fixing.",
      facilitatorNotes:
        "About 3 minutes.\n" +
        "- As at the check-in, let people answer quietly before revealing.\n" +
        "- The summary will show the before/after shift. Don't present it as a score to improve; any movement, or none, is fine.\n" +
        "- If comfort has dropped, acknowledge that talking about this can stir things up, and point to the support card.",
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
      title: "Support, whenever you need it",
      body:
        "Thank you for being here today.\n\n" +
        "If anything from this session stays with you, you don't have to carry it alone. The **support card** on your phone lists people and places that can help. It's there now, and after we finish.\n\n" +
        "If you'd like to talk, the facilitator is around after the session. If you are ever in immediate danger, call your local emergency number.",
      facilitatorNotes:
        "About 3 minutes.\n" +
        "- Before the session: make sure the resources card lists real local services (crisis line, recovery groups, counselling). The built-in card only has placeholders.\n" +
        "- Show the card, mention one or two services by name, and say where and when you'll be available afterwards.\n" +
        '- Check the "I need a pause" count one last time before you end the session; participants then see a thank-you screen with these resources.',
      reactions: false,
    },
  ],
};
