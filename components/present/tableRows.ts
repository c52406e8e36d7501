import { Children, cloneElement, isValidElement, type ReactNode } from 'react';

/**
 * A slide may show some rows of a long table (a deck's props: `{ "table": { "rows": "1,3,5" } }`,
 * body rows counted from 1) while the chapter keeps the whole table. Returns the table's
 * children with only those body rows; a row number the table does not have is an error.
 */
export function keepBodyRows(children: ReactNode, rows: string): ReactNode {
  const wanted = rows.split(',').map((n) => Number(n.trim()));
  return Children.map(children, (child) => {
    if (!isValidElement<{ children?: ReactNode }>(child) || child.type !== 'tbody') return child;
    const bodyRows = Children.toArray(child.props.children).filter(isValidElement);
    const bad = wanted.filter((n) => !Number.isInteger(n) || n < 1 || n > bodyRows.length);
    if (bad.length) throw new Error(`table rows "${rows}": the table has body rows 1 to ${bodyRows.length}`);
    return cloneElement(child, undefined, ...wanted.map((n) => bodyRows[n - 1]));
  });
}
