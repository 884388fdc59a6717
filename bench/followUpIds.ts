// The benchmark's GDAP relationship ids: two GUIDs joined by a hyphen, as Graph makes them, one per item.
export function relationshipId(i: number): string {
  const n = String(i).padStart(12, '0');
  return `5d4c3b2a-1f0e-4d9c-8b7a-${n}-0a1b2c3d-4e5f-4a6b-8c7d-${n}`;
}
