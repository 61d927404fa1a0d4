/**
 * Where the content lives, relative to the project root. The national content
 * is in ./content; BARRIEREMODEL_CONTENT points the build at another folder
 * (used by the tests' fixtures).
 */
export const contentDir = process.env.BARRIEREMODEL_CONTENT || './content';
