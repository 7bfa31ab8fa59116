// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GuidePage, part two: find in the guide - highlighting the hits of the search in the shown article,
// stepping through them (and on into the next or previous article), and the status line that counts them.
// The layout, contents and article rendering are in GuidePage.cpp.
#include "ArticleListModel.h"
#include "GuidePage.h"
#include "GuidePageRenderer.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>

namespace localrig::ui {

void GuidePage::updateHighlights()
{
    m_hitRanges.clear();
    m_currentHit = -1;
    if (!m_search.isEmpty() && m_model->hitCount(m_currentSlug) > 0) {
        m_hitRanges = m_search.ranges(m_browser->document()->toPlainText());
    }
    if (!m_hitRanges.empty()) {
        setCurrentHit(0);
        return;
    }
    m_browser->setExtraSelections({});
    QTextCursor cursor = m_browser->textCursor();
    cursor.clearSelection();
    m_browser->setTextCursor(cursor);
}

void GuidePage::setCurrentHit(int hit)
{
    m_currentHit = hit;
    QTextDocument* document = m_browser->document();
    m_browser->setExtraSelections(GuidePageRenderer::hitSelections(*document, m_hitRanges, hit, m_browser->palette()));
    const TextRange& range = m_hitRanges.at(static_cast<size_t>(hit));
    QTextCursor cursor(document);
    cursor.setPosition(static_cast<int>(range.start));
    cursor.setPosition(static_cast<int>(range.end()), QTextCursor::KeepAnchor);
    m_browser->setTextCursor(cursor);
    // Bring the hit to the middle of the page rather than to its edge, so its context is readable.
    const QRect where = m_browser->cursorRect(cursor);
    const int height = m_browser->viewport()->height();
    if (where.top() < height / 6 || where.bottom() > height * 5 / 6) {
        QScrollBar* bar = m_browser->verticalScrollBar();
        bar->setValue(bar->value() + where.center().y() - height / 2);
    }
    updateSearchStatus();
}

void GuidePage::findNext()
{
    if (m_search.isEmpty()) {
        focusSearch();
    } else if (m_currentHit + 1 < static_cast<int>(m_hitRanges.size())) {
        setCurrentHit(m_currentHit + 1);
    } else {
        stepToArticle(+1);
    }
}

void GuidePage::findPrevious()
{
    if (m_search.isEmpty()) {
        focusSearch();
    } else if (m_currentHit > 0) {
        setCurrentHit(m_currentHit - 1);
    } else {
        stepToArticle(-1);
    }
}

void GuidePage::stepToArticle(int direction)
{
    const QStringList slugs = m_model->visibleSlugs();
    if (slugs.isEmpty()) {
        return;
    }
    const auto count = slugs.size();
    const auto at = slugs.indexOf(m_currentSlug);
    const auto next = at < 0 ? (direction > 0 ? 0 : count - 1) : (at + direction + count) % count;
    if (slugs.at(next) != m_currentSlug) {
        showArticle(slugs.at(next));
    }
    if (!m_hitRanges.empty()) {
        setCurrentHit(direction > 0 ? 0 : static_cast<int>(m_hitRanges.size()) - 1);
    }
}

void GuidePage::clearSearch()
{
    m_searchEdit->clear();
}

void GuidePage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void GuidePage::updateSearchStatus()
{
    const int articles = static_cast<int>(m_model->visibleSlugs().size());
    const bool searching = !m_search.isEmpty();
    m_previousButton->setEnabled(searching && articles > 0);
    m_nextButton->setEnabled(searching && articles > 0);
    if (!searching) {
        m_statusLabel->setText(tr("%Ln article(s)", nullptr, articles));
    } else if (articles == 0) {
        m_statusLabel->setText(tr("No article contains every word."));
    } else {
        QString text
            = tr("%Ln hit(s) in %1", nullptr, m_model->totalHits()).arg(tr("%Ln article(s)", nullptr, articles));
        if (m_currentHit >= 0) {
            const QLocale locale;
            text += u'\n'
                + tr("Hit %1 of %2 in this article")
                      .arg(locale.toString(m_currentHit + 1), locale.toString(static_cast<int>(m_hitRanges.size())));
        }
        m_statusLabel->setText(text);
    }
}

} // namespace localrig::ui
