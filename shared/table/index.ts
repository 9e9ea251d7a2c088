// The table view's rows, columns, groups and sorting: pure, so the app's table and the PDF's table pages
// show the same thing.
export * from './table-items';
export * from './table-columns';
export * from './table-groups';
export * from './table-sort';
export * from './table-tsv';
