// A step's picture on a participant's phone. Phones have no sign-in: the
// phone proves it joined with the participant token its device keeps (sent
// in a header, never in the address, so it is in no log or history), and the
// picture is served only for a step of that participant's own session, while
// the session is running and the step is the current one or already passed —
// a later step's picture is not given away early. Everything else is the same
// "not found", so nothing tells one session's pictures from another's.
import { phoneCopy } from "../images/phone-copy";
import type { ParticipantRepository } from "../repositories/participant-repository";
import type { TemplateImageRepository } from "../repositories/template-image-repository";
import { HearthError, notFound } from "./hearth-error";
import { hashParticipantToken } from "./participant-token";

export type RoomPicture = { mime: string; data: Uint8Array };

export function createRoomPictureService(deps: { participants: ParticipantRepository; pictures: TemplateImageRepository }) {
  // A picture stored before phone copies existed gets one on its first
  // request; phones asking at the same moment share that one piece of work.
  const making = new Map<string, Promise<RoomPicture>>();
  async function makeCopy(id: string): Promise<RoomPicture> {
    const stored = await deps.pictures.findById(id);
    if (!stored) throw notFound("picture");
    const made = phoneCopy(stored);
    if (!made) return { mime: stored.mime, data: stored.data };
    await deps.pictures.storePhoneCopy(stored.id, made.data);
    return made;
  }

  return {
    async forParticipant(token: string | undefined, sessionId: string, stepId: string): Promise<RoomPicture> {
      if (!token) throw new HearthError("UNAUTHENTICATED", "Join the session to see its pictures.");
      const participant = token.length <= 200 ? await deps.participants.findByTokenHash(hashParticipantToken(token)) : null;
      if (!participant || participant.sessionId !== sessionId) throw notFound("picture");
      const step = await deps.pictures.roomStep(sessionId, stepId);
      // a picture the facilitator keeps to the projector is not a phone's to load
      if (!step?.imageId || !step.imageOnPhones || step.session.status !== "running" || step.position > step.session.currentStepIndex) throw notFound("picture");
      const id = step.imageId;
      const picture = await deps.pictures.forPhone(id);
      if (!picture) throw notFound("picture");
      // a phone copy keeps its picture's type (PNG diagrams stay sharp)
      if (picture.phoneData) return { mime: picture.mime, data: picture.phoneData };
      let pending = making.get(id);
      if (!pending) {
        // (a small picture has no copy: makeCopy sends it as it is)
        pending = makeCopy(id).finally(() => making.delete(id));
        making.set(id, pending);
      }
      return pending;
    },
  };
}

export type RoomPictureService = ReturnType<typeof createRoomPictureService>;
