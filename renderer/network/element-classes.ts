import type { Collection } from 'cytoscape';

/**
 * Gives or takes `name` from the elements that do not already have it that way.
 * Cytoscape restyles every element it is asked to tag or untag, even one that
 * already is (or is not): on a large scene that is a style pass over thousands
 * of elements for nothing, and inside a batch it is repeated when the batch ends.
 */
export function setClass(elements: Collection, name: string, on: boolean): void {
  const changing = on ? elements.not(`.${name}`) : elements.filter(`.${name}`);
  if (on) changing.addClass(name);
  else changing.removeClass(name);
}
