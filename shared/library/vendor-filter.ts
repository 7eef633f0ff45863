/**
 * One job: the side panel's vendor filter (one definition for the panel's port and the library's
 * search) and the search-index query it asks for.
 */
import type { OutsourcedFunction, PipelineStatus } from "../schema/common";
import type { SearchQuery } from "./search-index";
import { queryWords } from "./search-words";

/** Every given part must hold; an absent part does not filter. */
export interface VendorFilter {
  text?: string;
  function?: OutsourcedFunction;
  status?: PipelineStatus;
  tag?: string;
  evaluationId?: string;
}

/**
 * The search-index query for a filter (the evaluation's vendor list is applied apart from it); a blank
 * tag does not filter.
 *
 * @example
 * searchQueryOf({ text: "Leeds book", tag: " " }) //=> { words: ["book", "leeds"] }
 */
export function searchQueryOf(filter: VendorFilter): SearchQuery {
  const tag = filter.tag?.trim();
  return {
    words: queryWords(filter.text ?? ""),
    ...(filter.status === undefined ? {} : { status: filter.status }),
    ...(filter.function === undefined ? {} : { function: filter.function }),
    ...(tag ? { tag } : {}),
  };
}

/** Whether the filter narrows the list at all (else the page comes from the name index). */
export function narrowsList(filter: VendorFilter, query: SearchQuery): boolean {
  return (
    filter.evaluationId !== undefined ||
    query.words.length > 0 ||
    query.status !== undefined ||
    query.function !== undefined ||
    query.tag !== undefined
  );
}
