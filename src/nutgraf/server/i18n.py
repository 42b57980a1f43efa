"""The words on the reader's button and around it, in the article's language."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Labels:
    button: str
    loading: str
    heading: str
    failed: str
    previous: str
    next: str
    pasted: str  # where a pasted article's source link would be: it has none to trust
    published: str  # the story's date, as its page gives it
    added: str  # the day nutgraf stored it
    people: str
    organizations: str
    places: str
    figures: str
    dates: str
    read_article: str  # the widget: show the article with the points marked in it
    hide_article: str


_LABELS: dict[str, Labels] = {
    "en": Labels(
        "No time to read? Get a summary",
        "Summarizing…",
        "Key points",
        "Could not summarize this article.",
        "Previous article",
        "Next article",
        "Pasted by a reader",
        "Published",
        "Added",
        "People",
        "Organizations",
        "Places",
        "Figures",
        "Dates",
        "Read the article with the points marked",
        "Hide the article",
    ),
    "ru": Labels(
        "Нет времени читать? Краткое содержание",
        "Готовим краткое содержание…",
        "Главное",
        "Не удалось сделать краткое содержание.",
        "Предыдущая статья",
        "Следующая статья",
        "Вставлено читателем",
        "Опубликовано",
        "Добавлено",
        "Люди",
        "Организации",
        "Места",
        "Цифры",
        "Даты",
        "Читать статью с отмеченными пунктами",
        "Скрыть статью",
    ),
    "uk": Labels(
        "Немає часу читати? Короткий зміст",
        "Готуємо короткий зміст…",
        "Головне",
        "Не вдалося зробити короткий зміст.",
        "Попередня стаття",
        "Наступна стаття",
        "Вставлено читачем",
        "Опубліковано",
        "Додано",
        "Люди",
        "Організації",
        "Місця",
        "Цифри",
        "Дати",
        "Читати статтю з позначеними пунктами",
        "Сховати статтю",
    ),
    "de": Labels(
        "Keine Zeit zum Lesen? Zusammenfassung anzeigen",
        "Wird zusammengefasst…",
        "Das Wichtigste",
        "Zusammenfassung fehlgeschlagen.",
        "Vorheriger Artikel",
        "Nächster Artikel",
        "Von einem Leser eingefügt",
        "Veröffentlicht",
        "Hinzugefügt",
        "Personen",
        "Organisationen",
        "Orte",
        "Zahlen",
        "Daten",
        "Artikel mit markierten Punkten lesen",
        "Artikel ausblenden",
    ),
    "fr": Labels(
        "Pas le temps de lire ? Voir le résumé",
        "Résumé en cours…",
        "L'essentiel",
        "Impossible de résumer cet article.",
        "Article précédent",
        "Article suivant",
        "Collé par un lecteur",
        "Publié",
        "Ajouté",
        "Personnes",
        "Organisations",
        "Lieux",
        "Chiffres",
        "Dates",
        "Lire l'article avec les points surlignés",
        "Masquer l'article",
    ),
    "es": Labels(
        "¿No tienes tiempo para leer? Ver resumen",
        "Resumiendo…",
        "Lo esencial",
        "No se pudo resumir este artículo.",
        "Artículo anterior",
        "Artículo siguiente",
        "Pegado por un lector",
        "Publicado",
        "Añadido",
        "Personas",
        "Organizaciones",
        "Lugares",
        "Cifras",
        "Fechas",
        "Leer el artículo con los puntos marcados",
        "Ocultar el artículo",
    ),
}


def labels(language: str | None) -> Labels:
    """The labels for ``language`` (``"ru"``, ``"ru-RU"``), English when unknown."""
    code = (language or "en").lower().replace("_", "-").split("-")[0]
    return _LABELS.get(code, _LABELS["en"])
