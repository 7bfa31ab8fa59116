// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuidePageRenderer.h"

#include "GuidePageCorrections.h"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace localrig::ui {

namespace {

constexpr int kLineHeightPercent = 130;
constexpr qreal kReadingColumns = 80.0; // the longest comfortable line, in average characters
constexpr int kOtherHitsAlpha = 80;
constexpr int kTableCellPadding = 4;

QString escapeMarkdown(const QString& text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|~");
    QString escaped;
    for (const QChar c : text) {
        if (special.contains(c)) {
            escaped.append(u'\\');
        }
        escaped.append(c);
    }
    return escaped;
}

void formatTables(QTextFrame* frame, const QPalette& palette)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child)) {
            QTextTableFormat format = table->format();
            format.setCellPadding(kTableCellPadding);
            format.setCellSpacing(0);
            format.setBorder(1);
            format.setBorderBrush(palette.brush(QPalette::Mid));
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderCollapse(true);
            table->setFormat(format);
        }
        formatTables(child, palette);
    }
}

} // namespace

QString GuidePageRenderer::markdown(const ArticleInfo& article)
{
    // The guide's contradicted figures are annotated beside the passages that replace them.
    return QStringLiteral("# ") + escapeMarkdown(article.title) + QStringLiteral("\n\n")
        + GuidePageCorrections::annotate(article.slug, article.markdown);
}

void GuidePageRenderer::render(QTextDocument& document, const ArticleInfo& article, const QPalette& palette)
{
    document.setMarkdown(markdown(article), QTextDocument::MarkdownDialectGitHub);
    const qreal lineHeight = QFontMetricsF(document.defaultFont()).height();
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        cursor.setPosition(block.position());
        QTextBlockFormat format = block.blockFormat();
        const int level = format.headingLevel();
        if (level > 0) {
            format.setTopMargin(level == 1 ? 0.0 : lineHeight * 1.2);
            format.setBottomMargin(lineHeight * (level == 1 ? 0.8 : 0.4));
        } else if (!cursor.currentTable()) { // table rows stay compact
            format.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
        }
        if (format.hasProperty(QTextFormat::BlockCodeFence) || format.hasProperty(QTextFormat::BlockCodeLanguage)) {
            format.setBackground(palette.brush(QPalette::AlternateBase));
        }
        if (format.hasProperty(QTextFormat::BlockQuoteLevel)) {
            format.setForeground(palette.brush(QPalette::Text));
            format.setBackground(palette.brush(QPalette::AlternateBase));
        }
        cursor.setBlockFormat(format);
    }
    formatTables(document.rootFrame(), palette);
    cursor.endEditBlock();
    document.setModified(false);
}

void GuidePageRenderer::fitReadingColumn(QTextDocument& document, int viewportWidth)
{
    const QFontMetricsF metrics(document.defaultFont());
    const qreal margin = metrics.height();
    const qreal side = std::max(margin, (viewportWidth - metrics.averageCharWidth() * kReadingColumns) / 2.0);
    QTextFrameFormat format = document.rootFrame()->frameFormat();
    if (qAbs(format.leftMargin() - side) < 0.5 && qAbs(format.topMargin() - margin) < 0.5) {
        return;
    }
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(margin);
    format.setBottomMargin(margin * 2);
    document.rootFrame()->setFrameFormat(format);
}

QList<QTextEdit::ExtraSelection> GuidePageRenderer::hitSelections(QTextDocument& document,
                                                                  const std::vector<TextRange>& hits, int current,
                                                                  const QPalette& palette)
{
    QColor otherHits = palette.color(QPalette::Active, QPalette::Highlight);
    otherHits.setAlpha(kOtherHitsAlpha);
    QList<QTextEdit::ExtraSelection> selections;
    for (size_t i = 0; i < hits.size(); ++i) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(&document);
        selection.cursor.setPosition(static_cast<int>(hits[i].start));
        selection.cursor.setPosition(static_cast<int>(hits[i].end()), QTextCursor::KeepAnchor);
        if (static_cast<int>(i) == current) {
            selection.format.setBackground(palette.brush(QPalette::Active, QPalette::Highlight));
            selection.format.setForeground(palette.brush(QPalette::Active, QPalette::HighlightedText));
        } else {
            selection.format.setBackground(otherHits);
        }
        selections.append(selection);
    }
    return selections;
}

QString GuidePageRenderer::plainText(const ArticleInfo& article)
{
    QTextDocument document;
    document.setMarkdown(markdown(article), QTextDocument::MarkdownDialectGitHub);
    return document.toPlainText();
}

bool GuidePageRenderer::isWebLink(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == u"http" || scheme == u"https");
}

QString GuidePageRenderer::sourceDate(const QString& isoDate)
{
    const QLocale locale;
    QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (date.isValid()) {
        return locale.toString(date, QLocale::LongFormat);
    }
    date = QDate::fromString(isoDate, QStringLiteral("yyyy-MM"));
    if (date.isValid()) {
        //: %1 is a month's name, %2 its year, e.g. "June 2026"
        return tr("%1 %2").arg(locale.standaloneMonthName(date.month()), QString::number(date.year()));
    }
    return isoDate.toHtmlEscaped();
}

QString GuidePageRenderer::sourceLink(const QString& source)
{
    if (source.compare(u"guide", Qt::CaseInsensitive) == 0) {
        return tr("the 2026 local-AI hardware guide");
    }
    const QUrl url(source, QUrl::StrictMode);
    if (!isWebLink(url)) {
        return source.toHtmlEscaped();
    }
    // Host and the first two path segments (owner/repository on GitHub) say enough; the tooltip has all.
    QString shown = url.host();
    if (shown.startsWith(u"www.")) {
        shown.remove(0, 4);
    }
    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < segments.size() && i < 2; ++i) {
        shown += u'/' + segments.at(i);
    }
    if (segments.size() > 2) {
        shown += QStringLiteral("/…");
    }
    const QString href = QString::fromUtf8(url.toEncoded()).toHtmlEscaped();
    return QStringLiteral("<a href=\"%1\" title=\"%1\">%2</a>").arg(href, shown.toHtmlEscaped());
}

QString GuidePageRenderer::sourceLine(const Provenance& provenance)
{
    QStringList links;
    for (const QString& source : provenance.source.split(u';', Qt::SkipEmptyParts)) {
        if (!source.trimmed().isEmpty()) {
            links.append(sourceLink(source.trimmed()));
        }
    }
    if (links.isEmpty()) {
        return tr("No source recorded for this article.");
    }
    QString line = (links.size() == 1 ? tr("Source: %1") : tr("Sources: %1")).arg(links.join(QStringLiteral("; ")));
    if (!provenance.sourceDate.isEmpty()) {
        line += QStringLiteral(" · ") + tr("as of %1").arg(sourceDate(provenance.sourceDate));
    }
    if (provenance.confirmed == u"yes") {
        line += QStringLiteral(" · ") + tr("independently confirmed");
    } else if (provenance.confirmed == u"guide-only") {
        line += QStringLiteral(" · ") + tr("from the guide only, not independently confirmed");
    }
    return line;
}

} // namespace localrig::ui
