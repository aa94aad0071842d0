//! Storing and reading uploaded images.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};

use crate::entity::image;

/// Stores a checked JPEG under the random key `id`.
pub async fn store(conn: &impl ConnectionTrait, id: &str, bytes: Vec<u8>) -> Result<(), DbErr> {
    image::ActiveModel { id: Set(id.to_string()), bytes: Set(bytes), created_at: Set(Utc::now()) }
        .insert(conn)
        .await?;
    Ok(())
}

/// The JPEG stored under `id`.
pub async fn load(conn: &impl ConnectionTrait, id: &str) -> Result<Option<Vec<u8>>, DbErr> {
    Ok(image::Entity::find_by_id(id.to_string()).one(conn).await?.map(|i| i.bytes))
}

/// Sets the screenshot of project `id` to the image `key` (or none).
pub async fn set_project_screenshot(
    conn: &impl ConnectionTrait,
    project_id: i32,
    key: Option<&str>,
) -> Result<(), DbErr> {
    use crate::entity::project;
    use sea_orm::{ColumnTrait, QueryFilter, sea_query::Expr};
    project::Entity::update_many()
        .col_expr(project::Column::ScreenshotPath, Expr::value(key.map(path_of)))
        .filter(project::Column::Id.eq(project_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// The address of image `key` below the site root.
pub fn path_of(key: &str) -> String {
    format!("bilder/{key}.jpg")
}
