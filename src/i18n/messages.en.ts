import { MAP_UI } from './map-ui.ts';

/**
 * The explorer's own words in English: the source of every key. A text names its values as
 * `{name}`; a message that varies with a number has one text per plural category (Intl.PluralRules)
 * and takes `{count}`. Whole sentences only: a sentence with a link inside it names the link as a
 * value, so each language puts it where its grammar wants it. The story's words (title, places,
 * timeline, layer names) are not here: they come from geo/ with the story.
 */
export const en = {
  'app.loadingStory': 'Loading the story…',
  'app.compareClaims': 'Compare what each article claims',
  'app.partsNotShown': 'Part of the story could not be shown:',

  'skip.nav': 'Skip links',
  'skip.map': 'Skip to the map',
  'skip.places': 'Skip to the places',

  'lang.nav': 'Language',
  'lang.quotesNote': 'The articles are quoted in English, word for word as they were published.',

  'places.nav': 'Places',
  'places.heading': 'Places',
  'places.passages': { one: '{count} passage', other: '{count} passages' },
  'places.ofArticles': { one: '{mentioned} of {count} article', other: '{mentioned} of {count} articles' },
  /** A place's line in the list: how often it is quoted, and in how many of the articles. */
  'places.description': '{passages} · {articles}',

  'place.position': 'Position: {source}',
  'place.approximate': 'Approximate position.',
  'place.loading': 'Loading what the articles say…',
  'place.loadFailed': 'The passages for {place} could not be loaded ({error}).',
  'place.passagesQuoted': {
    one: '{count} passage, quoted verbatim:',
    other: '{count} passages, quoted verbatim:',
  },

  'passage.disagree': '{claim}: the articles disagree.',
  'passage.compare': 'Compare the articles',
  'passage.inArticles': { one: 'In {count} article:', other: 'In {count} articles:' },
  'passage.unknownArticle': 'Article {id}',
  'passage.readInArticle': 'Read it in the article',

  'citation.article': '{headline}, {date} (article {id})',
  'citation.articleBy': '{headline}, {date}, by {byline} (article {id})',
  'citation.articleOutlet': '{headline}, {date}, {outlet} (article {id})',
  'citation.articleByOutlet': '{headline}, {date}, by {byline}, {outlet} (article {id})',
  /** A headline standing for its article; a shortened one ends with its cut word and an ellipsis. */
  'citation.headline': '“{headline}”',
  'citation.headlineCut': '“{headline}…”',
  'citation.view': '{work} {permalink} (accessed {date}).',

  'source.readVia': '(read via a copy: {copy})',

  'dialog.close': 'Close',
  'feature.sources': { one: 'Source: {sources}', other: 'Sources: {sources}' },

  'overlay.back': 'Back to the map',
  'overlay.loading': 'Loading…',

  'article.placesNav': 'Places in this article',
  'article.placesLead': 'Places in this article:',
  'article.loading': 'Loading the article…',
  'article.loadFailed': 'The article could not be loaded ({error}).',
  'article.residue':
    'The stored text opens with “{residue}”, left by the copy it was scraped from; not shown below.',

  'claims.notStated': 'Not stated',
  'claims.disagrees': 'Disagrees',
  'claims.disagreementLabel': 'Disagreement:',
  'claims.findingAccording': '(according to {who}; {source})',
  'claims.findingSource': '({source})',
  'claims.columnBy': 'by {byline}, {date}',
  'claims.hint':
    'Each cell quotes the article verbatim (follow a quote to read it in context) or says it is not stated.{flag} marks where the articles disagree. The later findings are not from the articles: they are what official findings established later.',
  'claims.loading': 'Loading the claims…',
  'claims.loadFailed': 'The claims could not be loaded ({error}).',

  'layers.legend': 'Layers',

  'legend.heading': 'Legend',
  'legend.whenSources': 'When, and the sources{which}',
  /** Read only by screen readers, after "When, and the sources": which kind of line it is. */
  'legend.whenSourcesOf': ': {kind}',
  'legend.stretch': '{times}: {received}. {drawnAlong}. Source: {sources}',

  'evidence.heading': 'The path flown, by its evidence',
  'evidence.stretch': '{times} — {kind}. {received}. {drawnAlong}. Source: {sources}',
  /** The replay's evidence at a moment: the kind of evidence, then the stretch's times. */
  'evidence.now': '{kind}, {times}',

  'altitude.line': '{label}: {text}',
  'altitude.lineBy': '{label}: {text} ({by})',
  'altitude.reading': '{time}: {text} ({by})',

  'replay.play': 'Play',
  'replay.pause': 'Pause',
  'replay.idleDay': '{day}, UTC',
  /** One place’s local time beside the UTC clock ("Place A 09:13"). */
  'replay.localTime': '{place} {time}',

  'timeline.heading': 'Timeline, {day}',
  'timeline.hint': 'Times in UTC; ≈ marks an approximate time.',
  'timeline.seek': 'Replay at {time}: {event}',
  'timeline.approximate': 'approximate',
  'timeline.after': 'After the crash',
  'timeline.according': 'According to {who}.',
  'timeline.source': 'Source: {sources}',
  'timeline.show': 'Show the timeline',

  'copy.link': 'Copy link',
  'copy.linkDone': 'Link copied to the clipboard.',
  'copy.linkFailed': 'Could not copy: select the address bar and copy it instead.',

  'kit.heading': 'Use this map',
  'kit.embed': 'Embed',
  'kit.embedLabel': 'Embed code for this view',
  'kit.embedCopy': 'Copy embed code',
  'kit.embedDone': 'Embed code copied to the clipboard.',
  'kit.embedFailed': 'Could not copy: select the code and copy it instead.',
  'kit.embedHint':
    'Paste both lines into the article’s HTML: the frame shows this view, and the script sizes it to its content (Pym.js’s messages, so a page that already runs Pym.js needs only the frame).',
  'kit.image': 'Download image',
  'kit.imageNotDrawn': 'The map is not drawn yet: try again in a moment.',
  'kit.imageSaved': 'Saved {name} ({width} × {height} pixels).',
  'kit.imageFailed': 'Could not make the image: {error}',
  'kit.cite': 'Cite this view',
  'kit.citeDone': 'Citation copied to the clipboard.',
  'kit.citeFailed': 'Could not copy: select the citation below and copy it instead.',
  'kit.data': 'Download the data',
  'kit.dataLoading': 'Loading the list of files…',
  /** On a page in another language: the files are as the story is written. */
  'kit.dataInSourceLang': 'The data files and their descriptions are in English.',
  'kit.dataFailed': 'The list of files could not be loaded.',
  'kit.bytes': { one: '{count} byte', other: '{count} bytes' },
  'kit.kilobytes': '{count} KB',

  'image.legend': 'Legend',
  'image.quoted': { one: '{citation} ({count} passage)', other: '{citation} ({count} passages)' },
  'image.articles': 'Articles: {publishers}.',

  'embed.fullExplorer': 'Open the full explorer',

  'noMap.webgl':
    'Your browser cannot draw the map (WebGL is unavailable), so the story is shown here as text.',
  'noMap.lost':
    'The map has stopped drawing: the browser took back its graphics (WebGL) context. It will come back as it was when the browser allows; the places and their passages are all still here.',
  'noMap.noScript': 'JavaScript is off, so the map is not drawn: here is the story as text.',
  'noMap.noScriptLinked':
    'JavaScript is off, so the map is not drawn. {link}: every place, every passage quoted verbatim, with its citation.',
  'noMap.noScriptLink': 'Read the whole story as text',

  'textPage.title': '{title} (as text)',
  'textPage.toMap': 'Open the map explorer',
  'textPage.notice': 'The story as text: every place, every passage quoted verbatim, with its citation.',

  'popup.showMore': 'Show more',
  'popup.showLess': 'Show less',

  /** MapLibre's own controls' words: in their own file, for the page's first module (map-ui.ts). */
  ...MAP_UI.en,

  'locator.sea': 'the {name}',
  'locator.seasCountries': 'Locator: the view lies over {seas}, between {countries}',
  'locator.seasCountry': 'Locator: the view lies over {seas}, by {country}',
  'locator.seas': 'Locator: the view lies over {seas}',
  'locator.waterCountries': 'Locator: the view lies over water, between {countries}',
  'locator.waterCountry': 'Locator: the view lies over water, by {country}',
  'locator.water': 'Locator: the view lies over water',
  'locator.countries': 'Locator: the view lies across {countries}',
  'locator.country': 'Locator: the view lies in {country}',
  'locator.nowhere': 'Locator: the view lies outside the locator',

  'unshown.basemap': 'the basemap (land and borders)',
  'unshown.world': 'the world map around the region',
  'unshown.contextPlaces': 'the context cities and airports',
  'unshown.detail': 'the detailed coastline',
  'unshown.places': 'the places',
  'unshown.sources': 'the articles’ headlines and dates',
  'unshown.timeline': 'the timeline',
  'unshown.failed': 'Could not load {part} ({error}).',
  'unshown.mapFailed': 'Could not load {part}.',
  'unshown.meta': 'Could not read the story’s title and labels ({error}).',
  'unshown.track': 'Could not load {track} for the replay ({error}).',
} as const satisfies Readonly<Record<string, string | { readonly one: string; readonly other: string }>>;
