"use client";
// Better Auth's browser client: same origin, cookie-based.
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient();
