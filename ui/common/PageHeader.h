#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace bearings::ui {

// The top of every page: a title, one calm sentence under it, and room on the
// right for the page's main actions.
class PageHeader final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageHeader)

public:
    explicit PageHeader(const QString &title, const QString &subtitle = {}, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    void setSubtitle(const QString &subtitle);
    QString subtitle() const;
    // Adds a widget (usually a button) to the action area, right-aligned.
    void addAction(QWidget *widget);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_actions;
};

} // namespace bearings::ui
