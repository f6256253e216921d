//! A visible notice for URL parameters that were ignored.

use leptos::prelude::*;
use needledrop_core::table::Notice;

/// Lists ignored parameters, or nothing when all were understood.
#[component]
pub fn QueryNotices(
    /// The ignored parameters.
    #[prop(into)]
    notices: Signal<Vec<Notice>>,
) -> impl IntoView {
    move || {
        let notices = notices.get();
        (!notices.is_empty()).then(|| {
            view! {
                <div class="notice" role="status">
                    <p>"Some parts of this link were ignored:"</p>
                    <ul>
                        {notices
                            .into_iter()
                            .map(|notice| view! { <li><code>{notice.key}</code>": "{notice.reason}</li> })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
