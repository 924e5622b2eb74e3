import {z} from "zod";
import {ActorCode, Citation} from "./ids.js";

/** "region": a world region named as an actor ("Central Asia", "the West"), coded with CAMEO's region codes (CAS, WST). */
export const ActorKind = z.enum(["state", "organization", "bloc", "non-state", "region"]);
export type ActorKind = z.infer<typeof ActorKind>;

/** A name an actor goes by, optionally limited to a period (a leader's years in office). */
export const Alias = z.object({
  alias: z.string().min(1),
  /** BCP 47 language tag: en, ru, kk … */
  lang: z.string().default("en"),
  /** What the alias denotes: the state itself, its capital, its government seat, a leader, a figure of speech. */
  role: z.enum(["name", "capital", "seat", "leader", "figure", "abbreviation", "adjective"]).default("name"),
  from: z.string().optional(),
  to: z.string().optional()
});
export type Alias = z.infer<typeof Alias>;

/** A state (ISO 3166 alpha-3), an organization or bloc, a non-state actor, or a region (CAMEO region code). */
export const Actor = z.object({
  code: ActorCode,
  name: z.string().min(1),
  kind: ActorKind,
  aliases: z.array(Alias).default([]),
  /** Latitude and longitude of a representative point (capital or seat), for the map. */
  lat: z.number().optional(),
  lon: z.number().optional(),
  citation: Citation.optional()
});
export type Actor = z.infer<typeof Actor>;
