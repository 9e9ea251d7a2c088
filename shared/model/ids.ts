/**
 * A new globally unique id. Roadmap ids become IndexedDB names and sync room names, so they must never
 * collide across machines; entity ids must not collide across replicas.
 */
export function newId(): string {
  return crypto.randomUUID();
}
