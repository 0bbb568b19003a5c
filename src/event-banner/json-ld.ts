import { safeUrl } from '../internal/safe-url.js';

/**
 * schema.org `Event` / `EducationEvent` JSON-LD (an object, an array or an `@graph`) mapped
 * field by field onto the native event shape, not validated yet: schema.ts validates the result
 * with the same zod schema as a native event.
 */

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (value == null ? [] : Array.isArray(value) ? value : [value]);

/** One schema.org event node in the native shape. */
function fromJsonLd(node: Node, base: URL): unknown {
  // Registration: the first safe offer URL, else the event's own page.
  const url = [...asArray(node.offers).map((offer) => isNode(offer) && offer.url), node.url].find((candidate) => safeUrl(candidate, base));
  return {
    id: [node['@id'], node.identifier, node.url].find((id) => typeof id === 'string') ?? `${node.name} ${node.startDate}`,
    title: node.name,
    description: node.description,
    startsAt: node.startDate,
    endsAt: node.endDate,
    status: node.eventStatus,
    location: {
      // A Place (or VirtualLocation) with a name, or the place written as text.
      name: asArray(node.location).map((place) => (isNode(place) ? place.name : place)).find((name) => typeof name === 'string'),
      online: /Online/.test(String(node.eventAttendanceMode)),
    },
    registration: url && { url },
  };
}

/** The event nodes of `graph` (a node, or the array of an `@graph` or of the payload itself), in the native shape. */
export const readJsonLd = (graph: unknown, base: URL): unknown[] =>
  asArray(graph)
    .filter((node) => isNode(node) && asArray(node['@type']).some((type) => /Event$/.test(String(type))))
    .map((node) => fromJsonLd(node as Node, base));
