// Check-in requests (lib/check-in.ts). Private to the session's facilitator;
// deleted with the session's responses (summary-repository.ts).
import type { Db } from "../db";
import type { CheckInStatus, CheckInView } from "../../lib/check-in";
import { isUniqueViolation } from "./participant-repository";

export type CheckInRecord = {
  id: string;
  sessionId: string;
  participantId: string;
  number: number;
  note: string;
  status: CheckInStatus;
  mayNeedCare: boolean;
  createdAt: Date;
};

const select = { id: true, sessionId: true, participantId: true, number: true, note: true, status: true, mayNeedCare: true, createdAt: true } as const;
const toRecord = (row: Omit<CheckInRecord, "status"> & { status: string }): CheckInRecord => ({ ...row, status: row.status as CheckInStatus });

export function toCheckInView(r: CheckInRecord): CheckInView {
  return { id: r.id, number: r.number, note: r.note, status: r.status, createdAt: r.createdAt.toISOString(), mayNeedCare: r.mayNeedCare };
}

export function createCheckInRepository(prisma: Db) {
  return {
    /** Newest first. */
    async listForSession(sessionId: string): Promise<CheckInRecord[]> {
      const rows = await prisma.checkInRequest.findMany({ where: { sessionId }, orderBy: [{ createdAt: "desc" }, { number: "asc" }], select });
      return rows.map(toRecord);
    },

    async latestForParticipant(participantId: string): Promise<CheckInRecord | null> {
      const row = await prisma.checkInRequest.findFirst({ where: { participantId }, orderBy: { createdAt: "desc" }, select });
      return row ? toRecord(row) : null;
    },

    async findById(id: string): Promise<CheckInRecord | null> {
      const row = await prisma.checkInRequest.findUnique({ where: { id }, select });
      return row ? toRecord(row) : null;
    },

    /** A new request with a number from `pick(taken)`; another request taking the same number at once makes it pick again. */
    async create(input: { sessionId: string; participantId: string; note: string; mayNeedCare: boolean }, pick: (taken: Set<number>) => number): Promise<CheckInRecord> {
      for (let attempt = 0; ; attempt++) {
        const taken = new Set((await prisma.checkInRequest.findMany({ where: { sessionId: input.sessionId }, select: { number: true } })).map((r) => r.number));
        try {
          return toRecord(await prisma.checkInRequest.create({ data: { ...input, number: pick(taken) }, select }));
        } catch (error) {
          if (attempt >= 5 || !isUniqueViolation(error)) throw error;
        }
      }
    },

    async update(id: string, data: { note?: string; mayNeedCare?: boolean; status?: CheckInStatus }): Promise<CheckInRecord> {
      return toRecord(await prisma.checkInRequest.update({ where: { id }, data, select }));
    },

    async delete(id: string): Promise<void> {
      await prisma.checkInRequest.deleteMany({ where: { id } });
    },
  };
}

export type CheckInRepository = ReturnType<typeof createCheckInRepository>;
