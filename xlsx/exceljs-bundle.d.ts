// ExcelJS's prebuilt browser bundle (the package's "browser" entry) has no typings of its own; it
// exposes the same API as the Node entry, so it borrows those types.
declare module "exceljs/dist/exceljs.min.js" {
  import * as ExcelJS from "exceljs";
  export default ExcelJS;
}
