type Column = string | number | null | undefined;

// A nullable text column as an optional value: NULL (or a column an older store lacks) becomes undefined.
export function optionalText(value: Column): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

// A nullable ISO time column as an optional Date.
export function optionalDate(value: Column): Date | undefined {
  return value === null || value === undefined ? undefined : new Date(String(value));
}
