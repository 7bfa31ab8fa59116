// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArticleSearch.h"
#include "CatalogData.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QToolButton;
class QTreeView;
class QUrl;

namespace localrig::ui {

class ArticleListModel;

// The offline guide: a table of contents, the article typeset from Markdown, its sources, and a
// full-text search that narrows the contents, counts hits per article and highlights them.
// Ctrl+F focuses the search, Enter/F3 and Shift+Enter/Shift+F3 step through the hits (across
// articles), Escape clears it.
class GuidePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidePage)

public:
    explicit GuidePage(const std::vector<ArticleInfo>& articles, QWidget* parent = nullptr);

    void setArticles(const std::vector<ArticleInfo>& articles);
    void showArticle(const QString& slug);
    QString currentSlug() const { return m_currentSlug; }
    int currentHit() const { return m_currentHit; } // -1 when no hit is selected
    const std::vector<TextRange>& hitRanges() const { return m_hitRanges; }

    void findNext();
    void findPrevious();
    void clearSearch();
    void focusSearch();

signals:
    void articleShown(const QString& slug);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void createShortcuts();
    void onSearchTextChanged(const QString& text);
    void onCurrentIndexChanged();
    void onLinkActivated(const QUrl& url);
    void renderCurrent();
    void selectCurrentInContents();
    void updateHighlights();
    void setCurrentHit(int hit);
    void stepToArticle(int direction);
    void updateSearchStatus();

    ArticleListModel* m_model = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QToolButton* m_previousButton = nullptr;
    QToolButton* m_nextButton = nullptr;
    QLabel* m_statusLabel = nullptr;
    QTreeView* m_contentsView = nullptr;
    QTextBrowser* m_browser = nullptr;
    QLabel* m_sourceLabel = nullptr;
    ArticleSearch m_search;
    QString m_currentSlug;
    std::vector<TextRange> m_hitRanges;
    int m_currentHit = -1;
};

} // namespace localrig::ui
