/** Determiners and possessives that open a description ("the minister", "his spokesman"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these',
  'those', 'another', 'one', 'two', 'three', 'several', 'some', 'many', 'most', 'other', 'both', 'each',
  'few', 'all', 'no',
]);
