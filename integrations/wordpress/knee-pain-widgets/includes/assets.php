<?php
/**
 * The widgets' one script: registered everywhere, enqueued only on pages that
 * show a widget.
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Path of the bundled script inside the plugin.
 */
define( 'KPW_SCRIPT_PATH', 'assets/knee-pain-widgets.iife.js' );

add_action( 'init', 'kpw_register_script' );

/**
 * Registers the self-contained classic script (every element, English and
 * Spanish; no other file, nothing from another server). In the footer: the
 * elements upgrade when it runs, and a shortcode met while the page is being
 * written can still enqueue it. No inline script, so a strict
 * Content-Security-Policy that allows this site's own scripts is enough.
 */
function kpw_register_script() {
	wp_register_script(
		KPW_SCRIPT_HANDLE,
		plugins_url( KPW_SCRIPT_PATH, KPW_FILE ),
		array(),
		KPW_VERSION,
		true
	);
}

/**
 * Enqueues the script (once, however often it is called).
 */
function kpw_enqueue_script() {
	if ( ! wp_script_is( KPW_SCRIPT_HANDLE, 'registered' ) ) {
		kpw_register_script();
	}
	wp_enqueue_script( KPW_SCRIPT_HANDLE );
}

/**
 * Whether some HTML or post content shows a widget: one of the shortcodes, or
 * one of the elements written as HTML.
 *
 * @param string $content Post content or HTML.
 * @return bool
 */
function kpw_content_uses_widgets( $content ) {
	if ( ! is_string( $content ) || '' === $content ) {
		return false;
	}
	foreach ( kpw_elements() as $tag => $element ) {
		if ( false !== stripos( $content, '<' . $tag ) ) {
			return true;
		}
		if ( false !== strpos( $content, '[' . $element['shortcode'] ) && has_shortcode( $content, $element['shortcode'] ) ) {
			return true;
		}
	}
	return false;
}

add_action( 'wp_enqueue_scripts', 'kpw_enqueue_for_queried_posts' );

/**
 * Enqueues the script when a post about to be shown uses a widget. The
 * shortcodes and the content filter also enqueue it as they meet a widget
 * (widget areas, content shown by other means), so this is the early path.
 */
function kpw_enqueue_for_queried_posts() {
	global $wp_query;
	if ( ! ( $wp_query instanceof WP_Query ) || empty( $wp_query->posts ) ) {
		return;
	}
	foreach ( $wp_query->posts as $post ) {
		if ( $post instanceof WP_Post && kpw_content_uses_widgets( $post->post_content ) ) {
			kpw_enqueue_script();
			return;
		}
	}
}

add_action( 'admin_notices', 'kpw_missing_script_notice' );

/**
 * Tells an administrator when the plugin was installed without its script
 * (a copy of the source folder instead of the built zip).
 */
function kpw_missing_script_notice() {
	if ( ! current_user_can( 'activate_plugins' ) || file_exists( plugin_dir_path( KPW_FILE ) . KPW_SCRIPT_PATH ) ) {
		return;
	}
	printf(
		'<div class="notice notice-error"><p>%s</p></div>',
		esc_html(
			sprintf(
				/* translators: %s: path of the missing file inside the plugin. */
				__( 'Knee Pain Widgets is missing its script (%s), so the widgets cannot show. Install the plugin from its built zip (npm run wordpress:zip).', 'knee-pain-widgets' ),
				KPW_SCRIPT_PATH
			)
		)
	);
}
