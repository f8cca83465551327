"""A fisheye camera model for the sample archive: pixel -> elevation/azimuth -> latitude/longitude.

All-sky imagers use (close to) equidistant fisheye lenses: the zenith angle of a pixel grows in
proportion to its distance from the optical centre and reaches 90 degrees at the image-circle
radius. :class:`FisheyeCamera` turns that into per-pixel elevation and azimuth in the orientation
the real files store on disk (before any reader flips them): north toward row 0 and east toward
column 0, as for THEMIS and TREx; REGO images are stored mirrored east/west
(``mirror_ew=True``), which is why pyucalgarysrs flips REGO data on both axes.

:func:`line_of_sight_latlon` intersects each line of sight from the site with a spherical shell
at a given altitude, giving the latitude/longitude a skymap stores for its pixel corners.

Example:
    >>> cam = FisheyeCamera(height=256, width=256, rotation_deg=3.0)
    >>> el, az = cam.elevation_azimuth()
    >>> el.shape, bool(np.isnan(el[0, 0])), round(float(np.nanmax(el)))
    ((256, 256), True, 90)
    >>> el_c, az_c = cam.corner_elevation_azimuth()
    >>> lat, lon = line_of_sight_latlon(el_c, az_c, 56.38, -94.64, 110.0)
    >>> lat.shape
    (257, 257)

"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["EARTH_RADIUS_KM", "FisheyeCamera", "line_of_sight_latlon"]

#: Mean Earth radius used for the spherical-Earth line-of-sight intersection.
EARTH_RADIUS_KM = 6371.2


@dataclass(frozen=True)
class FisheyeCamera:
    """An equidistant fisheye all-sky camera.

    Attributes:
        height, width: image size in pixels (rows, columns).
        center_row, center_col: optical centre in pixel coordinates (pixel centres are at
            integer positions); ``None`` means the middle of the image.
        radius_px: distance (pixels) from the centre at which the zenith angle is 90 degrees;
            ``None`` means half the smaller image side.
        max_zenith_deg: pixels beyond this zenith angle are outside the image circle (NaN);
            real skymaps reach about -1 degree elevation, hence 91.
        rotation_deg: azimuth (degrees east of north) of the direction toward row 0, i.e. how
            far the camera is turned from north-up.
        mirror_ew: ``False`` puts east toward column 0 (THEMIS, TREx), ``True`` toward the last
            column (REGO).

    Example:
        >>> cam = FisheyeCamera(height=270, width=320)
        >>> cam.center, cam.radius
        ((134.5, 159.5), 135.0)

    """

    height: int
    width: int
    center_row: float | None = None
    center_col: float | None = None
    radius_px: float | None = None
    max_zenith_deg: float = 91.0
    rotation_deg: float = 0.0
    mirror_ew: bool = False

    @property
    def center(self) -> tuple[float, float]:
        """The optical centre ``(row, col)`` in pixel coordinates."""
        row = (self.height - 1) / 2.0 if self.center_row is None else float(self.center_row)
        col = (self.width - 1) / 2.0 if self.center_col is None else float(self.center_col)
        return row, col

    @property
    def radius(self) -> float:
        """Image-circle radius in pixels (zenith angle 90 degrees)."""
        return min(self.height, self.width) / 2.0 if self.radius_px is None else float(self.radius_px)

    def _angles(self, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        crow, ccol = self.center
        d_north = crow - rows  # toward row 0
        d_east = (cols - ccol) if self.mirror_ew else (ccol - cols)
        zenith = np.hypot(d_north, d_east) / self.radius * 90.0
        azimuth = (np.degrees(np.arctan2(d_east, d_north)) + self.rotation_deg) % 360.0
        return 90.0 - zenith, azimuth

    def elevation_azimuth(self) -> tuple[np.ndarray, np.ndarray]:
        """Elevation and azimuth (degrees, float32, shape (H, W)) of every pixel centre.

        Pixels outside the image circle are NaN in both. Azimuth is 0 = north, 90 = east.

        Example:
            >>> el, az = FisheyeCamera(height=256, width=256).elevation_azimuth()
            >>> bool(np.nanmin(el) >= -1.0), bool(np.nanmax(az) < 360)
            (True, True)

        """
        rows, cols = np.meshgrid(
            np.arange(self.height, dtype=float), np.arange(self.width, dtype=float), indexing="ij"
        )
        el, az = self._angles(rows, cols)
        outside = el < 90.0 - self.max_zenith_deg
        el[outside] = np.nan
        az[outside] = np.nan
        return el.astype(np.float32), az.astype(np.float32)

    def corner_elevation_azimuth(self) -> tuple[np.ndarray, np.ndarray]:
        """Elevation and azimuth (float64, shape (H+1, W+1)) of every pixel corner, unmasked.

        Corner ``(i, j)`` is the top-left corner of pixel ``(i, j)``. Elevations go below -90
        far outside the image circle; :func:`line_of_sight_latlon` turns everything below the
        horizon into NaN.

        Example:
            >>> el_c, _ = FisheyeCamera(height=4, width=4).corner_elevation_azimuth()
            >>> el_c.shape, float(el_c[2, 2])
            ((5, 5), 90.0)

        """
        rows, cols = np.meshgrid(
            np.arange(self.height + 1, dtype=float) - 0.5,
            np.arange(self.width + 1, dtype=float) - 0.5,
            indexing="ij",
        )
        return self._angles(rows, cols)

    def pixel_of(self, elevation_deg: float, azimuth_deg: float) -> tuple[float, float]:
        """Return the (fractional) pixel ``(row, col)`` looking toward the given elevation/azimuth.

        Example:
            >>> FisheyeCamera(height=256, width=256).pixel_of(90.0, 0.0)
            (127.5, 127.5)

        """
        crow, ccol = self.center
        rho = (90.0 - elevation_deg) / 90.0 * self.radius
        angle = np.radians(azimuth_deg - self.rotation_deg)
        d_north, d_east = rho * np.cos(angle), rho * np.sin(angle)
        col = ccol + d_east if self.mirror_ew else ccol - d_east
        return float(crow - d_north), float(col)

    def pixels_of(self, elevation_deg: np.ndarray, azimuth_deg: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Vectorised :meth:`pixel_of`: fractional ``(rows, cols)`` (float64) of many directions.

        Example:
            >>> rows, cols = FisheyeCamera(height=256, width=256).pixels_of(np.array([90.0, 0.0]),
            ...                                                               np.array([0.0, 0.0]))
            >>> rows.tolist(), cols.tolist()
            ([127.5, -0.5], [127.5, 127.5])

        """
        crow, ccol = self.center
        rho = (90.0 - np.asarray(elevation_deg, dtype=float)) / 90.0 * self.radius
        angle = np.radians(np.asarray(azimuth_deg, dtype=float) - self.rotation_deg)
        d_north, d_east = rho * np.cos(angle), rho * np.sin(angle)
        cols = ccol + d_east if self.mirror_ew else ccol - d_east
        return crow - d_north, cols

    def scaled(self, factor: int) -> FisheyeCamera:
        """Return the same optics on a detector binned ``factor`` x ``factor`` (for thumbnails).

        Example:
            >>> cam = FisheyeCamera(height=256, width=256, rotation_deg=2.0).scaled(4)
            >>> cam.height, cam.center, cam.radius, cam.rotation_deg
            (64, (31.5, 31.5), 32.0, 2.0)

        """
        crow, ccol = self.center
        return FisheyeCamera(
            height=self.height // factor,
            width=self.width // factor,
            center_row=(crow + 0.5) / factor - 0.5,
            center_col=(ccol + 0.5) / factor - 0.5,
            radius_px=self.radius / factor,
            max_zenith_deg=self.max_zenith_deg,
            rotation_deg=self.rotation_deg,
            mirror_ew=self.mirror_ew,
        )


def line_of_sight_latlon(
    elevation_deg: np.ndarray,
    azimuth_deg: np.ndarray,
    site_lat_deg: float,
    site_lon_deg: float,
    altitude_km: float,
    site_altitude_km: float = 0.0,
    earth_radius_km: float = EARTH_RADIUS_KM,
) -> tuple[np.ndarray, np.ndarray]:
    """Where lines of sight from a site cross the spherical shell at ``altitude_km``.

    Returns geodetic-style latitude and longitude (degrees; longitude 0..360 east, as skymap files
    store it) with the shape of the inputs, NaN where the elevation is below 0 or NaN.

    Example:
        >>> lat, lon = line_of_sight_latlon(np.array([90.0, 45.0]), np.array([0.0, 90.0]),
        ...                                 56.38, -94.64, 110.0)
        >>> round(float(lat[0]), 2), round(float(lon[0]), 2)
        (56.38, 265.36)

    """
    el = np.radians(np.asarray(elevation_deg, dtype=float))
    az = np.radians(np.asarray(azimuth_deg, dtype=float))
    r_site = earth_radius_km + site_altitude_km
    r_shell = earth_radius_km + altitude_km
    with np.errstate(invalid="ignore"):
        below = ~(el >= 0.0)
        el = np.where(below, 0.0, el)
        # Earth-centred angle between the site and the intersection point
        central = np.pi / 2.0 - el - np.arcsin(np.clip(r_site / r_shell * np.cos(el), -1.0, 1.0))
        lat1 = np.radians(site_lat_deg)
        lon1 = np.radians(site_lon_deg)
        sin_lat2 = np.sin(lat1) * np.cos(central) + np.cos(lat1) * np.sin(central) * np.cos(az)
        lat2 = np.arcsin(np.clip(sin_lat2, -1.0, 1.0))
        lon2 = lon1 + np.arctan2(
            np.sin(az) * np.sin(central) * np.cos(lat1), np.cos(central) - np.sin(lat1) * sin_lat2
        )
    lat = np.where(below, np.nan, np.degrees(lat2))
    lon = np.where(below, np.nan, np.degrees(lon2) % 360.0)
    return lat, lon
