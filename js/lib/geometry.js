// Sphere maths of the maps, pure (no DOM, no map data): field-of-view angles and radii, centroids.

/**
 * Earth-central angle (degrees) between an imager and the edge of its field of view: the line of
 * sight leaving the ground at `minElevationDeg` meets the shell at `altitudeKm` at this angle.
 * Same formula as aurora_widgets.data.geometry.fov_radius_km; `earthRadiusKm` comes from Python
 * (the widgets' `_instruments` trait), so both sides use one radius.
 * @param {number} altitudeKm @param {number} minElevationDeg @param {number} earthRadiusKm
 */
export function fovAngleDeg(altitudeKm, minElevationDeg, earthRadiusKm) {
  const e = (minElevationDeg * Math.PI) / 180;
  const ratio = (earthRadiusKm * Math.cos(e)) / (earthRadiusKm + altitudeKm);
  return ((Math.acos(Math.min(1, ratio)) - e) * 180) / Math.PI;
}

/**
 * Ground distance (km, along the surface) from the imager to the edge of its field of view.
 * @param {number} altitudeKm @param {number} minElevationDeg @param {number} earthRadiusKm
 */
export function fovRadiusKm(altitudeKm, minElevationDeg, earthRadiusKm) {
  return (fovAngleDeg(altitudeKm, minElevationDeg, earthRadiusKm) * Math.PI * earthRadiusKm) / 180;
}

/**
 * Mean position of points ([lon, lat]) on the sphere, as [lon, lat].
 * @param {Array<[number, number]>} points
 * @returns {[number, number]}
 */
export function centroid(points) {
  let x = 0, y = 0, z = 0;
  for (const [lon, lat] of points) {
    const l = (lon * Math.PI) / 180, p = (lat * Math.PI) / 180;
    x += Math.cos(p) * Math.cos(l); y += Math.cos(p) * Math.sin(l); z += Math.sin(p);
  }
  const lon = (Math.atan2(y, x) * 180) / Math.PI;
  const lat = (Math.atan2(z, Math.hypot(x, y)) * 180) / Math.PI;
  return [lon, lat];
}
