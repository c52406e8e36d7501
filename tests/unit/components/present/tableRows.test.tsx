/** A slide's subset of a table's body rows: the chosen rows in the chosen order, the header kept, bad numbers refused. */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { keepBodyRows } from '@/components/present/tableRows';

const cells = (row: string) => (
  <tr key={row}>
    <td>{row}</td>
  </tr>
);
const table = [
  <thead key="h">
    <tr>
      <th>name</th>
    </tr>
  </thead>,
  '\n',
  <tbody key="b">{['a', 'b', 'c', 'd'].map(cells)}</tbody>,
];

describe('keepBodyRows', () => {
  it('keeps the header and the listed body rows, counted from 1', () => {
    const html = renderToStaticMarkup(<table>{keepBodyRows(table, '1, 3,4')}</table>);
    expect(html).toBe('<table><thead><tr><th>name</th></tr></thead>\n<tbody><tr><td>a</td></tr><tr><td>c</td></tr><tr><td>d</td></tr></tbody></table>');
  });
  it('names the rows the table has when asked for one it does not', () => {
    expect(() => keepBodyRows(table, '2,5')).toThrow('table rows "2,5": the table has body rows 1 to 4');
    expect(() => keepBodyRows(table, 'x')).toThrow('the table has body rows 1 to 4');
  });
});
