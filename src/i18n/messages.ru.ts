import type { Catalog } from './keys.ts';
import { MAP_UI } from './map-ui.ts';

/**
 * The explorer's own words in Russian: the English keys (messages.en.ts), each plural message with
 * the four categories Intl.PluralRules('ru') gives (1 цитата, 2 цитаты, 5 цитат, 1,5 цитаты).
 * Names of products and sources (Flightradar24, OpenStreetMap, MapLibre, Pym.js) stay as written.
 */
export const ru = {
  'app.loadingStory': 'Загрузка истории…',
  'app.compareClaims': 'Сравнить, что утверждает каждая статья',
  'app.partsNotShown': 'Часть истории не удалось показать:',

  'skip.nav': 'Быстрые ссылки',
  'skip.map': 'Перейти к карте',
  'skip.places': 'Перейти к местам',

  'lang.nav': 'Язык',
  'lang.quotesNote': 'Статьи цитируются на английском языке, дословно, как они были опубликованы.',

  'places.nav': 'Места',
  'places.heading': 'Места',
  'places.passages': {
    one: '{count} цитата',
    few: '{count} цитаты',
    many: '{count} цитат',
    other: '{count} цитаты',
  },
  'places.ofArticles': {
    one: 'в {mentioned} из {count} статьи',
    few: 'в {mentioned} из {count} статей',
    many: 'в {mentioned} из {count} статей',
    other: 'в {mentioned} из {count} статьи',
  },
  'places.description': '{passages} · {articles}',

  'place.position': 'Координаты: {source}',
  'place.approximate': 'Положение приблизительное.',
  'place.loading': 'Загрузка того, что пишут статьи…',
  'place.loadFailed': 'Не удалось загрузить цитаты о месте «{place}» ({error}).',
  'place.passagesQuoted': {
    one: '{count} цитата, дословно:',
    few: '{count} цитаты, дословно:',
    many: '{count} цитат, дословно:',
    other: '{count} цитаты, дословно:',
  },

  'passage.disagree': '{claim}: статьи расходятся.',
  'passage.compare': 'Сравнить статьи',
  'passage.inArticles': {
    one: 'В {count} статье:',
    few: 'В {count} статьях:',
    many: 'В {count} статьях:',
    other: 'В {count} статьи:',
  },
  'passage.unknownArticle': 'Статья {id}',
  'passage.readInArticle': 'Читать в статье',

  'citation.article': '{headline}, {date} (статья {id})',
  'citation.articleBy': '{headline}, {date}, автор: {byline} (статья {id})',
  'citation.articleOutlet': '{headline}, {date}, {outlet} (статья {id})',
  'citation.articleByOutlet': '{headline}, {date}, автор: {byline}, {outlet} (статья {id})',
  'citation.headline': '«{headline}»',
  'citation.headlineCut': '«{headline}…»',
  'citation.view': '{work} {permalink} (дата обращения: {date}).',

  'source.readVia': '(прочитано по копии: {copy})',

  'dialog.close': 'Закрыть',
  'feature.sources': {
    one: 'Источник: {sources}',
    few: 'Источники: {sources}',
    many: 'Источники: {sources}',
    other: 'Источники: {sources}',
  },

  'overlay.back': 'Вернуться к карте',
  'overlay.loading': 'Загрузка…',

  'article.placesNav': 'Места в этой статье',
  'article.placesLead': 'Места в этой статье:',
  'article.loading': 'Загрузка статьи…',
  'article.loadFailed': 'Не удалось загрузить статью ({error}).',
  'article.residue':
    'Сохранённый текст начинается с «{residue}» — это осталось от копии, с которой его собрали; ниже не показано.',

  'claims.notStated': 'Не сказано',
  'claims.disagrees': 'Расходится',
  'claims.disagreementLabel': 'Расхождение:',
  'claims.findingAccording': '(по данным: {who}; {source})',
  'claims.findingSource': '({source})',
  'claims.columnBy': 'автор: {byline}, {date}',
  'claims.hint':
    'В каждой ячейке — дословная цитата из статьи (перейдите по цитате, чтобы прочитать её в контексте) или пометка, что об этом не сказано.{flag} отмечает, где статьи расходятся. Поздние выводы взяты не из статей: это то, что позже установили официальные расследования.',
  'claims.loading': 'Загрузка утверждений…',
  'claims.loadFailed': 'Не удалось загрузить утверждения ({error}).',

  'layers.legend': 'Слои',

  'legend.heading': 'Условные обозначения',
  'legend.whenSources': 'Когда и по каким источникам{which}',
  'legend.whenSourcesOf': ': {kind}',
  'legend.stretch': '{times}: {received}. {drawnAlong}. Источник: {sources}',

  'evidence.heading': 'Пройденный путь и на чём он основан',
  'evidence.stretch': '{times} — {kind}. {received}. {drawnAlong}. Источник: {sources}',
  'evidence.now': '{kind}, {times}',

  'altitude.line': '{label}: {text}',
  'altitude.lineBy': '{label}: {text} ({by})',
  'altitude.reading': '{time}: {text} ({by})',

  'replay.play': 'Воспроизвести',
  'replay.pause': 'Пауза',
  'replay.idleDay': '{day}, UTC',
  'replay.localTime': '{place} {time}',

  'timeline.heading': 'Хронология, {day}',
  'timeline.hint': 'Время — UTC; ≈ означает приблизительное время.',
  'timeline.seek': 'Воспроизвести с {time}: {event}',
  'timeline.approximate': 'приблизительно',
  'timeline.after': 'После крушения',
  'timeline.according': 'По словам: {who}.',
  'timeline.source': 'Источник: {sources}',
  'timeline.show': 'Показать хронологию',

  'copy.link': 'Копировать ссылку',
  'copy.linkDone': 'Ссылка скопирована в буфер обмена.',
  'copy.linkFailed': 'Не удалось скопировать: выделите адресную строку и скопируйте её.',

  'kit.heading': 'Использовать эту карту',
  'kit.embed': 'Встроить',
  'kit.embedLabel': 'Код для встраивания этого вида',
  'kit.embedCopy': 'Копировать код',
  'kit.embedDone': 'Код для встраивания скопирован в буфер обмена.',
  'kit.embedFailed': 'Не удалось скопировать: выделите код и скопируйте его.',
  'kit.embedHint':
    'Вставьте обе строки в HTML статьи: фрейм показывает этот вид, а скрипт подгоняет его размер под содержимое (сообщениями Pym.js, так что странице, где Pym.js уже работает, нужен только фрейм).',
  'kit.image': 'Скачать изображение',
  'kit.imageNotDrawn': 'Карта ещё не нарисована: попробуйте чуть позже.',
  'kit.imageSaved': 'Сохранено: {name} ({width} × {height} пикселей).',
  'kit.imageFailed': 'Не удалось создать изображение: {error}',
  'kit.cite': 'Цитировать этот вид',
  'kit.citeDone': 'Ссылка для цитирования скопирована в буфер обмена.',
  'kit.citeFailed': 'Не удалось скопировать: выделите ссылку ниже и скопируйте её.',
  'kit.data': 'Скачать данные',
  'kit.dataLoading': 'Загрузка списка файлов…',
  'kit.dataInSourceLang': 'Файлы данных и их описания — на английском языке.',
  'kit.dataFailed': 'Не удалось загрузить список файлов.',
  'kit.bytes': { one: '{count} байт', few: '{count} байта', many: '{count} байт', other: '{count} байта' },
  'kit.kilobytes': '{count} КБ',

  'image.legend': 'Условные обозначения',
  'image.quoted': {
    one: '{citation} ({count} цитата)',
    few: '{citation} ({count} цитаты)',
    many: '{citation} ({count} цитат)',
    other: '{citation} ({count} цитаты)',
  },
  'image.articles': 'Статьи: {publishers}.',

  'embed.fullExplorer': 'Открыть полную версию',

  'noMap.webgl':
    'Ваш браузер не может нарисовать карту (WebGL недоступен), поэтому история показана здесь текстом.',
  'noMap.lost':
    'Карта перестала рисоваться: браузер забрал её графический контекст (WebGL). Она вернётся в прежнем виде, когда браузер это позволит; все места и цитаты по-прежнему здесь.',
  'noMap.noScript': 'JavaScript отключён, поэтому карта не нарисована: вот история в виде текста.',
  'noMap.noScriptLinked':
    'JavaScript отключён, поэтому карта не нарисована. {link}: каждое место, каждая цитата дословно, с указанием источника.',
  'noMap.noScriptLink': 'Прочитать всю историю текстом',

  'textPage.title': '{title} (текстовая версия)',
  'textPage.toMap': 'Открыть интерактивную карту',
  'textPage.notice': 'История в виде текста: каждое место, каждая цитата дословно, с указанием источника.',

  'popup.showMore': 'Показать больше',
  'popup.showLess': 'Показать меньше',

  // The names come from the data in their dictionary form (nominative): each sentence is built so
  // that a name needs no case ending of its own.
  ...MAP_UI.ru,

  'locator.sea': '{name}',
  'locator.seasCountries': 'Обзорная карта: в кадре — {seas}; рядом — {countries}',
  'locator.seasCountry': 'Обзорная карта: в кадре — {seas}; рядом — {country}',
  'locator.seas': 'Обзорная карта: в кадре — {seas}',
  'locator.waterCountries': 'Обзорная карта: в кадре в основном вода; рядом — {countries}',
  'locator.waterCountry': 'Обзорная карта: в кадре в основном вода; рядом — {country}',
  'locator.water': 'Обзорная карта: в кадре в основном вода',
  'locator.countries': 'Обзорная карта: в кадре — {countries}',
  'locator.country': 'Обзорная карта: в кадре — {country}',
  'locator.nowhere': 'Обзорная карта: вид за её пределами',

  'unshown.basemap': 'базовую карту (сушу и границы)',
  'unshown.world': 'карту мира вокруг региона',
  'unshown.contextPlaces': 'города и аэропорты для ориентира',
  'unshown.detail': 'подробную береговую линию',
  'unshown.places': 'места',
  'unshown.sources': 'заголовки и даты статей',
  'unshown.timeline': 'хронологию',
  'unshown.failed': 'Не удалось загрузить {part} ({error}).',
  'unshown.mapFailed': 'Не удалось загрузить {part}.',
  'unshown.meta': 'Не удалось прочитать название и подписи истории ({error}).',
  'unshown.track': 'Не удалось загрузить для воспроизведения: {track} ({error}).',
} as const satisfies Catalog<'one' | 'few' | 'many' | 'other'>;
