// The one longitude/latitude convention of every header, colour bar, readout and label (the same
// as aurora_widgets/data/geometry.py's format_longitude/format_latitude): geodetic degrees east,
// signed, in [-180, 180), written "-94.59°E"; latitudes signed degrees north, "56.38°N". Skymap
// files store longitudes in 0..360 (gill 265.41): wrapLon maps them to the same place.

export const LON_UNIT = "°E";
export const LAT_UNIT = "°N";

/** A longitude in degrees wrapped to [-180, 180). */
export function wrapLon(lon) {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

function degrees(v, digits) {
  const text = digits == null ? String(Number(v.toPrecision(6))) : v.toFixed(digits);
  return text.startsWith("-") && Number(text) === 0 ? text.slice(1) : text; // never "-0.00"
}

/** "-94.59°E" (digits null: the shortest form, for round graticule values). */
export function formatLon(lon, digits = 2) {
  return Number.isFinite(lon) ? `${degrees(wrapLon(lon), digits)}${LON_UNIT}` : "–";
}

/** "56.38°N". */
export function formatLat(lat, digits = 2) {
  return Number.isFinite(lat) ? `${degrees(lat, digits)}${LAT_UNIT}` : "–";
}

/** "56.38°N, -94.59°E". */
export function formatLatLon(lat, lon, digits = 2) {
  return `${formatLat(lat, digits)}, ${formatLon(lon, digits)}`;
}
