/** Canvas measurements shared by lanes, bars and the today line. */
export const LANE_HEADER_WIDTH = 232;
export const ROW_HEIGHT = 34;
export const BAR_HEIGHT = 26;
export const LANE_PADDING = 8;
export const MILESTONE_BAND = 26;
export const MIN_LANE_BODY = ROW_HEIGHT;
/** Tall enough for the lane header: title, status and owner, key-result progress. */
export const MIN_LANE_HEIGHT = 76;
