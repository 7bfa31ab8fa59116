// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArticleSearch.h"
#include "CatalogData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTextEdit>

#include <vector>

class QPalette;
class QTextDocument;
class QUrl;

namespace localrig::ui {

// Turns a guide article into what the Guide page shows: a typeset QTextDocument (the title as its first
// heading, then the Markdown body) and a rich-text line naming its sources and their date.
class GuidePageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(GuidePageRenderer)

public:
    static QString markdown(const ArticleInfo& article);
    static void render(QTextDocument& document, const ArticleInfo& article, const QPalette& palette);
    // Side margins that centre a column of at most ~80 average characters in a viewport this wide.
    static void fitReadingColumn(QTextDocument& document, int viewportWidth);
    // Every hit in the palette's highlight colour, translucent; the current one solid, with highlighted text.
    static QList<QTextEdit::ExtraSelection> hitSelections(QTextDocument& document, const std::vector<TextRange>& hits,
                                                          int current, const QPalette& palette);
    // The rendered document's plain text, character for character: what the search looks through.
    static QString plainText(const ArticleInfo& article);
    static QString sourceLine(const Provenance& provenance);
    // LocalRig opens no network connection itself; only http(s) links go to the system's browser.
    static bool isWebLink(const QUrl& url);

private:
    static QString sourceDate(const QString& isoDate);
    static QString sourceLink(const QString& source);
};

} // namespace localrig::ui
