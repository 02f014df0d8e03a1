#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace bearings::ui {

// A calm, dismissable message across the top of a page, with one optional
// action ("Try again"). Used for problems that need attention but not a
// modal dialog, such as a save that did not go through.
class NoticeBar final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)

public:
    enum class Kind { Info, Attention };

    explicit NoticeBar(QWidget *parent = nullptr);

    void showMessage(const QString &message, Kind kind = Kind::Info, const QString &actionText = {});
    QString message() const;

Q_SIGNALS:
    void actionTriggered();
    void dismissed();

private:
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_close;
};

} // namespace bearings::ui
