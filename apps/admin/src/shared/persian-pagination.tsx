import { toPersianDigits } from '@pishkhan/fa-format';
import type { PaginationProps, SelectProps } from 'antd';

/** Page numbers of antd's Pagination in Persian digits. */
export const persianPageItem: NonNullable<PaginationProps['itemRender']> = (page, type, original) =>
  type === 'page' ? <a>{toPersianDigits(page)}</a> : original;

const pageSizeText = (value: unknown) => `${toPersianDigits(String(value))} در صفحه`;

/** The page-size select with its sizes in Persian digits. */
const sizeChanger: SelectProps = {
  labelRender: ({ value }) => pageSizeText(value),
  optionRender: ({ value }) => pageSizeText(value),
};

/** Spread into a table's `pagination`: page numbers and page sizes in Persian digits. */
export const PERSIAN_PAGINATION = {
  itemRender: persianPageItem,
  showSizeChanger: sizeChanger,
} satisfies Partial<PaginationProps>;
