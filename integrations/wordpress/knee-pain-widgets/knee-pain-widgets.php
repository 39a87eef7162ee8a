<?php
/**
 * Plugin Name:       Knee Pain Widgets
 * Description:       Help runners understand knee pain: a clickable knee map, exercise cards a visitor can follow and a red-flag checklist, in any post or page, with shortcodes or HTML.
 * Version:           0.1.0
 * Requires at least: 5.8
 * Requires PHP:      7.4
 * Author:            knee-pain-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       knee-pain-widgets
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'KPW_VERSION', '0.1.0' );
define( 'KPW_FILE', __FILE__ );
define( 'KPW_OPTION', 'kpw_settings' );
define( 'KPW_SCRIPT_HANDLE', 'kpw-widgets' );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/content.php';
