/** Time expressions: filtering out names that look like times ("Fox News Sunday"). */
package org.dateline.extract.time;
