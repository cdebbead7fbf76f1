/**
 * The news centre: news items and stories in several languages (Markdown, sanitised), with an
 * optional image; publications with a file per language; RSS 2.0 and Atom feeds per language on the
 * portal; and the import of an old RSS feed, once per link.
 */
@org.springframework.modulith.ApplicationModule(displayName = "News centre")
package org.safar.news;
